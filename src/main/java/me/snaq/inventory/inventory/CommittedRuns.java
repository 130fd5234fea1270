package me.snaq.inventory.inventory;

/**
 * Whether an assignment run holds stock: the assignment module provides it (inventory may not call
 * that module, which calls inventory), so that shipping a run refuses a PLAN run or one not done.
 */
public interface CommittedRuns {
  /** Returns normally for a succeeded COMMIT run; throws a 404 or 409 problem otherwise. */
  void requireCommitted(long runId);
}
