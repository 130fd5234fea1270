package me.snaq.inventory.assignment.domain;

/**
 * PLAN: the full assignment computed without touching stock (pre-assignment). COMMIT, which also
 * writes every box's allocations, comes next (issue 6).
 */
public enum RunMode {
  PLAN
}
