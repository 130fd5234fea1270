package me.snaq.inventory.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable error code.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(example = "https://errors.snaq.me/product-not-found") String type,
    @Schema(example = "Product not found") String title,
    @Schema(example = "404") int status,
    @Schema(example = "No product with SKU CHOC-001.") String detail,
    @Schema(
            description = "Identifies this occurrence; the same id is in the logs.",
            example = "urn:uuid:0b0e2f1c-5d7a-4a53-9d0c-0e8f4ab8f3c2")
        String instance,
    @Schema(example = "PRODUCT_NOT_FOUND") String code,
    @Schema(description = "Invalid inputs, for VALIDATION_FAILED.") List<FieldError> errors,
    @Schema(description = "For INSUFFICIENT_STOCK on an allocation: each short line.")
        List<ShortLine> lines) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
