package me.snaq.inventory.assignment.engine;

import java.util.Map;

/**
 * A brand's box recipe (DESIGN 5). A required category's count is exact and replaces {@code
 * maxPerCategory} for that category; the other categories share the remaining slots.
 *
 * @param repeatWindowBoxes no product received in the subscriber's last K boxes (0: off)
 * @param repeatWindowDays no product received within D days before the delivery (0: off)
 * @param minRemainingDays a stricter shelf-life floor for this box line (0: none)
 */
public record Recipe(
    int size,
    int maxPerCategory,
    int discoverySlots,
    Map<String, Integer> requiredCategories,
    int repeatWindowBoxes,
    int repeatWindowDays,
    int minRemainingDays) {
  public Recipe {
    requiredCategories = Map.copyOf(requiredCategories);
    if (size < 1 || maxPerCategory < 1 || discoverySlots < 0 || discoverySlots > size) {
      throw new IllegalArgumentException("inconsistent recipe sizes");
    }
    if (requiredSlots(requiredCategories) > size) {
      throw new IllegalArgumentException("required categories exceed the box size");
    }
  }

  /** The cap for one category: its exact count when required, else {@code maxPerCategory}. */
  public int capOf(String category) {
    return requiredCategories.getOrDefault(category, maxPerCategory);
  }

  public boolean isRequired(String category) {
    return requiredCategories.containsKey(category);
  }

  /** Slots that must go to required categories. */
  public int requiredSlots() {
    return requiredSlots(requiredCategories);
  }

  private static int requiredSlots(Map<String, Integer> required) {
    return required.values().stream().mapToInt(Integer::intValue).sum();
  }
}
