package me.snaq.inventory.catalog;

/**
 * The changeable part of a brand. {@code minRemainingDays}, when set, raises every product's
 * shelf-life floor for this brand (a partner may demand 60 days).
 */
public record BrandDetails(String name, boolean active, Integer minRemainingDays) {}
