package me.snaq.inventory.catalog;

/**
 * The warehouse's own brand: the owner of shared stock (lots owned by the house) that every brand
 * draws on within its quotas. It has no recipe and no subscribers of its own.
 */
public final class HouseBrand {
  /** The house's brand code, and the owner of its lots. */
  public static final String CODE = "house";

  private HouseBrand() {}
}
