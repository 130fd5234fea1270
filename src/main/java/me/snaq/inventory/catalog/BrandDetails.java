package me.snaq.inventory.catalog;

/**
 * The changeable part of a brand. {@code minRemainingDays}, when set, raises every product's
 * shelf-life floor for this brand (a partner may demand 60 days). {@code lowStockThreshold}, when
 * set, is the availability under which any eligible product of the brand sends {@code stock.low} (a
 * product's own threshold overrides it); {@code runAllocationEvents} makes the allocations of an
 * assignment run send one webhook event each, besides the run's own.
 */
public record BrandDetails(
    String name,
    boolean active,
    Integer minRemainingDays,
    Integer lowStockThreshold,
    boolean runAllocationEvents) {

  public BrandDetails(String name, boolean active, Integer minRemainingDays) {
    this(name, active, minRemainingDays, null, false);
  }
}
