package me.snaq.inventory.catalog;

/**
 * HOUSE is the one owner of shared stock (code {@code house}); HOUSE_BOX is one of the house's own
 * box lines; PARTNER is another company with its own data and, possibly, consigned stock.
 */
public enum BrandKind {
  HOUSE,
  HOUSE_BOX,
  PARTNER
}
