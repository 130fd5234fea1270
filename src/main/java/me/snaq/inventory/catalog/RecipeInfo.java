package me.snaq.inventory.catalog;

import java.util.Map;

/**
 * A brand's box recipe as other modules see it (DESIGN 5). Each required category's count is exact
 * and replaces {@code maxPerCategory} for that category. Absent optional terms are null: no repeat
 * window in boxes or days, no floor stricter than the products' and the brand's.
 */
public record RecipeInfo(
    String brand,
    int size,
    int maxPerCategory,
    int discoverySlots,
    Map<String, Integer> requiredCategories,
    Integer repeatWindowBoxes,
    Integer repeatWindowDays,
    Integer minRemainingDays) {}
