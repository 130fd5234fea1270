package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import me.snaq.inventory.catalog.QuotaTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuotaRequest", example = "{\"reserved\": 200, \"limit\": 1000}")
public record QuotaRequest(
    @NotNull
        @PositiveOrZero
        @Schema(description = "Units of house stock ring-fenced for this brand.")
        Integer reserved,
    @PositiveOrZero
        @Schema(
            description =
                "Most house units the brand may hold allocated at once; absent for no limit.")
        Integer limit) {

  QuotaTerms terms() {
    return new QuotaTerms(reserved, limit);
  }
}
