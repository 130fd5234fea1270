package me.snaq.inventory.inventory;

/** Why units of a box did not ship: the rest of the box ships, these leave stock as an ADJUST. */
public enum ShipExceptionReason {
  /** Found damaged at packing: written off. */
  DAMAGED,
  /** Not on the shelf where the lot should be: on-hand was wrong. */
  MISSING
}
