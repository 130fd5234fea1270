package me.snaq.inventory.inventory.domain;

/**
 * HELD (soft, until its hold time) and ALLOCATED (firm) count against availability; SHIPPED,
 * RELEASED and EXPIRED (a hold that ran out) have ended.
 */
public enum AllocationState {
  HELD,
  ALLOCATED,
  SHIPPED,
  RELEASED,
  EXPIRED;

  public boolean isOpen() {
    return this == HELD || this == ALLOCATED;
  }
}
