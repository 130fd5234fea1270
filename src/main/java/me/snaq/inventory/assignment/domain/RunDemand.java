package me.snaq.inventory.assignment.domain;

/** Units of one product a run's boxes use, and the units the stock held for them. */
public record RunDemand(String sku, int units, int available) {
  public int left() {
    return available - units;
  }
}
