package me.snaq.inventory.catalog;

/** What other modules need to know of a brand; {@code minRemainingDays} is its own floor. */
public record BrandInfo(String code, BrandKind kind, boolean active, Integer minRemainingDays) {

  public boolean isHouse() {
    return kind == BrandKind.HOUSE;
  }

  /** Whether the brand may own stock: the house (shared stock) or a partner (consigned). */
  public boolean mayOwnStock() {
    return kind == BrandKind.HOUSE || kind == BrandKind.PARTNER;
  }
}
