package me.snaq.inventory.assignment.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Units of one lot that can still be allocated: on hand minus reserved, AVAILABLE lots only.
 *
 * @param owner {@link Snapshot#HOUSE} for shared stock, otherwise the partner brand's code
 * @param receivedAt breaks FEFO ties between lots of one best-before: the earlier receipt first
 */
public record Lot(long id, String owner, LocalDate bestBefore, Instant receivedAt, int available) {
  /** DESIGN 3's order: earliest best-before first, then earliest receipt (then the lower id). */
  public static final Comparator<Lot> FEFO =
      Comparator.comparing(Lot::bestBefore)
          .thenComparing(Lot::receivedAt)
          .thenComparingLong(Lot::id);

  public Lot {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(bestBefore, "bestBefore");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (available < 0) {
      throw new IllegalArgumentException("available must not be negative: " + available);
    }
  }

  /** A lot whose receipt time does not matter: FEFO ties between such lots go by id. */
  public Lot(long id, String owner, LocalDate bestBefore, int available) {
    this(id, owner, bestBefore, Instant.EPOCH, available);
  }

  boolean isHouse() {
    return Snapshot.HOUSE.equals(owner);
  }
}
