package me.snaq.inventory.inventory.allocation;

/**
 * What became of an order: the allocation made, or why not (a refusal, or an unexpected failure
 * when it was created alone).
 */
public record AllocationOutcome(AllocationView created, RuntimeException refused) {
  static AllocationOutcome refusedFor(RuntimeException reason) {
    return new AllocationOutcome(null, reason);
  }

  /** The allocation made, or the refusal thrown. */
  public AllocationView orThrow() {
    if (refused != null) {
      throw refused;
    }
    return created;
  }
}
