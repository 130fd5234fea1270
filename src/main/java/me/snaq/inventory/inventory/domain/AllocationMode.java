package me.snaq.inventory.inventory.domain;

/** HOLD reserves softly until a time (a basket); FIRM allocates at once (a confirmed box). */
public enum AllocationMode {
  HOLD,
  FIRM
}
