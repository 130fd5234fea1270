package me.snaq.inventory.shared.web;

import me.snaq.inventory.shared.error.ErrorCode;

/** Error codes for the statuses the JAX-RS runtime produces on its own. */
final class WebErrors {
  private WebErrors() {}

  static ErrorCode codeFor(int status) {
    return switch (status) {
      case 401 -> ErrorCode.UNAUTHENTICATED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.RESOURCE_NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      default -> ErrorCode.MALFORMED_REQUEST;
    };
  }
}
