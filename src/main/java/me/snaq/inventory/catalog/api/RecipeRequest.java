package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import me.snaq.inventory.catalog.RecipeTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RecipeRequest",
    description =
        "A box recipe. Required categories are exact counts adding up to at most size; a"
            + " required count may exceed maxPerCategory, which caps the other categories.",
    example =
        "{\"size\": 4, \"maxPerCategory\": 1, \"discoverySlots\": 1, \"requiredCategories\":"
            + " {\"granola\": 1, \"topping\": 3}, \"repeatWindowBoxes\": 2}")
public record RecipeRequest(
    @NotNull @Min(1) @Max(20) @Schema(description = "Products per box.") Integer size,
    @NotNull @Min(1) @Max(20) @Schema(description = "Most products of one category in a box.")
        Integer maxPerCategory,
    @NotNull
        @PositiveOrZero
        @Max(20)
        @Schema(description = "Slots for products the subscriber never received or rated; <= size.")
        Integer discoverySlots,
    @Size(max = 20) @Schema(description = "Category -> exact count.")
        Map<@NotNull @Pattern(regexp = Patterns.SLUG) String, @NotNull @Min(1) @Max(20) Integer>
            requiredCategories,
    @Min(1)
        @Max(52)
        @Schema(description = "No product the subscriber received in their last K boxes.")
        Integer repeatWindowBoxes,
    @Min(1)
        @Max(730)
        @Schema(description = "No product the subscriber received in the last D days.")
        Integer repeatWindowDays,
    @PositiveOrZero
        @Max(3650)
        @Schema(description = "Shelf life to be left at delivery, raising the products' own.")
        Integer minRemainingDays) {

  RecipeTerms terms() {
    return new RecipeTerms(
        size,
        maxPerCategory,
        discoverySlots,
        requiredCategories,
        repeatWindowBoxes,
        repeatWindowDays,
        minRemainingDays);
  }
}
