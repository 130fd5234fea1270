package me.snaq.inventory.inventory.domain;

/**
 * A product's stock in the caller's view: on hand, held by allocations, on hold, expired (as of
 * today), free (usable today, not held), and for a brand and delivery date its own and the house's
 * usable free units.
 */
public record StockTotals(
    String sku,
    int onHand,
    int reserved,
    int onHold,
    int expired,
    int free,
    int ownUsable,
    int houseUsable) {

  public static StockTotals none(String sku) {
    return new StockTotals(sku, 0, 0, 0, 0, 0, 0, 0);
  }
}
