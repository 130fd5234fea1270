package me.snaq.inventory.catalog;

/**
 * What other modules need to know of a brand: {@code minRemainingDays} is its own floor, {@code
 * lowStockThreshold} its default low-stock threshold, and {@code runAllocationEvents} whether its
 * run allocations send events of their own.
 */
public record BrandInfo(
    String code,
    BrandKind kind,
    boolean active,
    Integer minRemainingDays,
    Integer lowStockThreshold,
    boolean runAllocationEvents) {

  public BrandInfo(String code, BrandKind kind, boolean active, Integer minRemainingDays) {
    this(code, kind, active, minRemainingDays, null, false);
  }

  public boolean isHouse() {
    return kind == BrandKind.HOUSE;
  }

  /** Whether the brand may own stock: the house (shared stock) or a partner (consigned). */
  public boolean mayOwnStock() {
    return kind == BrandKind.HOUSE || kind == BrandKind.PARTNER;
  }
}
