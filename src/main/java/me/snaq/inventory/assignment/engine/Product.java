package me.snaq.inventory.assignment.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A product with its allocatable lots (any order; the engine sorts them FEFO). */
public record Product(
    String sku,
    String category,
    Set<String> ingredients,
    boolean active,
    int minRemainingDays,
    List<Lot> lots) {
  public Product {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(category, "category");
    ingredients = Set.copyOf(ingredients);
    lots = List.copyOf(lots);
  }
}
