package me.snaq.inventory.inventory.allocation;

import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.ShipException;

/**
 * An allocation as of an instant, with its lines and picks read inside the transaction: a hold past
 * its time reads EXPIRED before it is swept.
 */
public record AllocationView(
    Allocation allocation,
    List<AllocationLine> lines,
    List<AllocationPick> picks,
    List<ShipException> shipExceptions,
    Instant now) {

  public static AllocationView of(Allocation allocation, Instant now) {
    return new AllocationView(
        allocation,
        allocation.lines(),
        allocation.picks(),
        List.copyOf(allocation.shipExceptions()),
        now);
  }

  public AllocationState state() {
    return allocation.effectiveState(now);
  }
}
