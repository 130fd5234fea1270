package me.snaq.inventory.inventory.domain;

/** Kinds of ledger movement. EXPIRE records the expiry job's status change. */
public enum MovementType {
  RECEIVE,
  ADJUST,
  HOLD,
  UNHOLD,
  EXPIRE,
  RESERVE,
  UNRESERVE,
  SHIP,
  WRITE_OFF
}
