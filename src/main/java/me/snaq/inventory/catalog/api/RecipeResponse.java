package me.snaq.inventory.catalog.api;

import java.time.Instant;
import java.util.Map;
import me.snaq.inventory.catalog.RecipeTerms;
import me.snaq.inventory.catalog.domain.Recipe;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recipe")
public record RecipeResponse(
    String brand,
    int size,
    int maxPerCategory,
    int discoverySlots,
    Map<String, Integer> requiredCategories,
    Integer repeatWindowBoxes,
    Integer repeatWindowDays,
    Integer minRemainingDays,
    long version,
    Instant updatedAt) {

  static RecipeResponse from(Recipe recipe) {
    RecipeTerms terms = recipe.terms();
    return new RecipeResponse(
        recipe.brandCode(),
        terms.size(),
        terms.maxPerCategory(),
        terms.discoverySlots(),
        terms.requiredCategories(),
        terms.repeatWindowBoxes(),
        terms.repeatWindowDays(),
        terms.minRemainingDays(),
        recipe.version(),
        recipe.updatedAt());
  }
}
