package me.snaq.inventory.catalog;

import java.util.List;

/** The changeable part of a product. Ingredients are ingredient codes used for exclusions. */
public record ProductDetails(
    String name,
    String category,
    List<String> ingredients,
    int minRemainingDays,
    ProductStatus status,
    boolean newProduct) {

  public ProductDetails {
    ingredients =
        ingredients == null ? List.of() : ingredients.stream().distinct().sorted().toList();
  }
}
