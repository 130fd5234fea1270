package me.snaq.inventory.assignment.domain;

/**
 * PLAN: the full assignment computed without touching stock (pre-assignment). COMMIT: the same,
 * then every box's FIRM allocation written atomically.
 */
public enum RunMode {
  PLAN,
  COMMIT
}
