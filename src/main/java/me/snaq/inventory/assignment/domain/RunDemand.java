package me.snaq.inventory.assignment.domain;

/**
 * One product in a run's demand.
 *
 * @param units units the run's boxes use
 * @param available units the run's brands may use when it read the stock (own and house lots good
 *     through their floors, house quotas not applied)
 * @param wanted units the boxes' best choices would take were every product in stock; null for runs
 *     stored before this was recorded
 */
public record RunDemand(String sku, int units, int available, Integer wanted) {
  public int left() {
    return available - units;
  }

  /** Units wanted beyond what the stock held: what restocking would have to bring. */
  public Integer shortUnits() {
    return wanted == null ? null : Math.max(0, wanted - available);
  }

  /** Units wanted that the run's boxes did not get (other products took their place). */
  public Integer unmet() {
    return wanted == null ? null : Math.max(0, wanted - units);
  }
}
