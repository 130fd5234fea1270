package me.snaq.inventory.inventory.domain;

import java.time.Instant;

/**
 * When a hold has lapsed: it is still HELD and its time has come ({@code hold_until <= now}). From
 * that instant its units count nowhere, swept or not. The one home of the rule, in its two
 * spellings side by side: Java for the domain, SQL for every query that must see it (a test holds
 * them to the same answer at the boundary).
 */
public final class HoldLapse {
  /**
   * The rule as a condition on {@code inventory_allocation} rows; its one parameter is the instant.
   * Served by the partial index on HELD holds.
   */
  public static final String CONDITION = "state = 'HELD' AND hold_until <= ?";

  private HoldLapse() {}

  /** Whether an allocation in this state, held until then, has lapsed at {@code now}. */
  public static boolean lapsed(AllocationState state, Instant holdUntil, Instant now) {
    return state == AllocationState.HELD && holdUntil != null && !holdUntil.isAfter(now);
  }
}
