package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Units of one lot that can still be allocated: on hand minus reserved, AVAILABLE lots only.
 *
 * @param owner {@link Snapshot#HOUSE} for shared stock, otherwise the partner brand's code
 */
public record Lot(long id, String owner, LocalDate bestBefore, int available) {
  public Lot {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(bestBefore, "bestBefore");
    if (available < 0) {
      throw new IllegalArgumentException("available must not be negative: " + available);
    }
  }

  boolean isHouse() {
    return Snapshot.HOUSE.equals(owner);
  }
}
