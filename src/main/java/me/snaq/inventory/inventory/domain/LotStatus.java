package me.snaq.inventory.inventory.domain;

/**
 * AVAILABLE lots may serve allocations; ON_HOLD (quarantine) and EXPIRED never do, but can be
 * adjusted or written off; DEPLETED lots have nothing left on hand.
 */
public enum LotStatus {
  AVAILABLE,
  ON_HOLD,
  EXPIRED,
  DEPLETED;

  /**
   * The status as of a warehouse day: a lot past its best-before reads EXPIRED even before the
   * expiry job has marked it; a hold or an empty lot outranks expiry.
   */
  public LotStatus asOf(java.time.LocalDate bestBefore, java.time.LocalDate today) {
    return this == AVAILABLE && ShelfLife.isExpired(bestBefore, today) ? EXPIRED : this;
  }
}
