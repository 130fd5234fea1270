package me.snaq.inventory.catalog;

import java.util.List;

/** What other modules need to know of a product. */
public record ProductInfo(
    String sku,
    String name,
    String category,
    List<String> ingredients,
    int minRemainingDays,
    ProductStatus status) {}
