package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import me.snaq.inventory.catalog.BrandDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UpdateBrandRequest",
    example = "{\"name\": \"Kinoko Foods\", \"active\": true, \"minRemainingDays\": 45}")
public record UpdateBrandRequest(
    @NotBlank @Size(max = 120) String name,
    @NotNull Boolean active,
    @PositiveOrZero @Max(3650) Integer minRemainingDays,
    @PositiveOrZero
        @Max(1000000)
        @Schema(
            description =
                "Availability under which any eligible product sends the webhook event"
                    + " `stock.low` (a product's own threshold overrides it); absent: none.")
        Integer lowStockThreshold,
    @Schema(
            description =
                "Whether the allocations an assignment run writes send one webhook event each;"
                    + " by default a run sends its run event only.")
        Boolean runAllocationEvents) {

  BrandDetails details() {
    return new BrandDetails(
        name,
        active,
        minRemainingDays,
        lowStockThreshold,
        Boolean.TRUE.equals(runAllocationEvents));
  }
}
