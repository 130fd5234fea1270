package me.snaq.inventory.inventory.domain;

import java.time.Instant;

/** Filters of the ledger; null means "any". {@code from} is inclusive, {@code to} exclusive. */
public record MovementFilter(
    String sku,
    Long lotId,
    String owner,
    MovementType type,
    String reference,
    Instant from,
    Instant to) {

  public MovementFilter withOwner(String scopedOwner) {
    return new MovementFilter(sku, lotId, scopedOwner, type, reference, from, to);
  }
}
