package me.snaq.inventory.inventory;

/**
 * Stock changed between an assignment run's snapshot and its commit: a lot no longer has the units
 * the run chose, or a brand's house limit would be passed. Nothing of the commit is kept.
 */
public class StockChangedException extends RuntimeException {
  public StockChangedException(String detail) {
    super(detail);
  }
}
