package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import me.snaq.inventory.catalog.BrandDetails;
import me.snaq.inventory.catalog.BrandKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateBrandRequest",
    example =
        "{\"code\": \"kinoko\", \"name\": \"Kinoko Foods\", \"kind\": \"PARTNER\","
            + " \"minRemainingDays\": 60}")
public record CreateBrandRequest(
    @NotNull @Pattern(regexp = Patterns.BRAND_CODE) @Schema(example = "kinoko") String code,
    @NotBlank @Size(max = 120) String name,
    @NotNull @Schema(description = "HOUSE_BOX or PARTNER; the house exists already.")
        BrandKind kind,
    @Schema(description = "Defaults to true.") Boolean active,
    @PositiveOrZero
        @Max(3650)
        @Schema(description = "Shelf life this brand demands at delivery, raising products' own.")
        Integer minRemainingDays,
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
        active == null || active,
        minRemainingDays,
        lowStockThreshold,
        Boolean.TRUE.equals(runAllocationEvents));
  }
}
