package me.snaq.inventory.assignment.domain;

/**
 * One product in a run's demand.
 *
 * @param units units the run's boxes use
 * @param available allocatable units when the run read the stock
 * @param wanted units the boxes' best choices would take were every product in stock
 */
public record RunDemand(String sku, int units, int available, int wanted) {
  public int left() {
    return available - units;
  }

  /** Units wanted beyond what the stock held: what restocking would have to bring. */
  public int shortUnits() {
    return Math.max(0, wanted - available);
  }

  /** Units wanted that the run's boxes did not get (other products took their place). */
  public int unmet() {
    return Math.max(0, wanted - units);
  }
}
