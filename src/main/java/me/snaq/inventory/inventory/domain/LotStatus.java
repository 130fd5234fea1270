package me.snaq.inventory.inventory.domain;

/**
 * AVAILABLE lots may serve allocations; ON_HOLD (quarantine) and EXPIRED never do, but can be
 * adjusted or written off; DEPLETED lots have nothing left on hand.
 */
public enum LotStatus {
  AVAILABLE,
  ON_HOLD,
  EXPIRED,
  DEPLETED
}
