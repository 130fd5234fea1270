package me.snaq.inventory.catalog;

import java.time.Instant;

/** A product's low-stock threshold for a brand: below it, the brand hears {@code stock.low}. */
public record StockThreshold(String brand, String sku, int threshold, Instant updatedAt) {}
