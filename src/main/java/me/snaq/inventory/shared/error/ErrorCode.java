package me.snaq.inventory.shared.error;

/**
 * Stable, documented error codes. Each carries the HTTP status it is reported with; the English and
 * Japanese texts live in {@code messages/problems*.properties} under the same name.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400),
  MALFORMED_REQUEST(400),
  UNAUTHENTICATED(401),
  FORBIDDEN(403),
  RESOURCE_NOT_FOUND(404),
  BRAND_NOT_FOUND(404),
  PRODUCT_NOT_FOUND(404),
  QUOTA_NOT_FOUND(404),
  API_KEY_NOT_FOUND(404),
  LOT_NOT_FOUND(404),
  ALLOCATION_NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  BRAND_ALREADY_EXISTS(409),
  PRODUCT_ALREADY_EXISTS(409),
  LOT_ALREADY_EXISTS(409),
  ON_HAND_MISMATCH(409),
  INSUFFICIENT_STOCK(409),
  ILLEGAL_LOT_STATE(409),
  ILLEGAL_ALLOCATION_STATE(409),
  REFERENCE_IN_USE(409),
  CONCURRENT_UPDATE(409),
  PRECONDITION_FAILED(412),
  UNSUPPORTED_MEDIA_TYPE(415),
  RESERVED_BRAND(422),
  UNKNOWN_BRAND(422),
  UNKNOWN_PRODUCT(422),
  INVALID_BRAND_KIND(422),
  PRODUCT_NOT_ELIGIBLE(422),
  INVALID_OWNER(422),
  PRODUCT_DISCONTINUED(422),
  IDEMPOTENCY_KEY_REUSED(422),
  INTERNAL_ERROR(500);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
