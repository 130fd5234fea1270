package me.snaq.inventory.catalog;

/**
 * Filters of the product list; null means "any". {@code brand} keeps products eligible for that
 * brand; {@code text} matches SKU or name, case-insensitively.
 */
public record ProductFilter(
    String brand, String category, ProductStatus status, Boolean newProduct, String text) {

  public ProductFilter withBrand(String scopedBrand) {
    return new ProductFilter(scopedBrand, category, status, newProduct, text);
  }
}
