package me.snaq.inventory.inventory;

/** Why an allocation was not shipped; the others of the same request ship regardless. */
public enum ShipRefusal {
  /** No such allocation, or not one the caller may see. */
  NOT_FOUND,
  /** Still HELD: confirm it first. */
  NOT_CONFIRMED,
  ALREADY_SHIPPED,
  RELEASED,
  /** Its hold lapsed (or the sweeper ended it). */
  EXPIRED,
  /** A lot it picked is on hold. */
  LOT_ON_HOLD,
  /** A lot it picked was recalled. */
  LOT_RECALLED
}
