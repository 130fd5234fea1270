package me.snaq.inventory.catalog;

import java.util.Map;
import java.util.TreeMap;
import me.snaq.inventory.shared.error.ValidationFailedException;

/**
 * The numbers of a box recipe, checked together: the required categories add up to at most the box
 * size, and so do the discovery slots. A required count is exact and may exceed {@code
 * maxPerCategory}: that cap is for the other categories.
 */
public record RecipeTerms(
    int size,
    int maxPerCategory,
    int discoverySlots,
    Map<String, Integer> requiredCategories,
    Integer repeatWindowBoxes,
    Integer repeatWindowDays,
    Integer minRemainingDays) {

  public RecipeTerms {
    requiredCategories = requiredCategories == null ? Map.of() : new TreeMap<>(requiredCategories);
    if (discoverySlots > size) {
      throw new ValidationFailedException("discoverySlots", "range", 0, size);
    }
    if (requiredUnits(requiredCategories) > size) {
      throw new ValidationFailedException("requiredCategories", "requiredAboveSize", size);
    }
  }

  /** Slots the required categories take. */
  public int requiredUnits() {
    return requiredUnits(requiredCategories);
  }

  private static int requiredUnits(Map<String, Integer> required) {
    return required.values().stream().mapToInt(Integer::intValue).sum();
  }
}
