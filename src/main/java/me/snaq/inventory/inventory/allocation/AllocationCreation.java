package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.allocation.AllocationIntake.Accepted;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.FreeStock;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.inventory.domain.StockKeptChangingException;
import me.snaq.inventory.inventory.persistence.AllocationInserts;
import me.snaq.inventory.inventory.persistence.FreeStockQueries;
import me.snaq.inventory.shared.security.Caller;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Creates allocations (DESIGN 4): checks the orders ({@link AllocationIntake}), locks their
 * products and reads the free stock, decides ({@link AllocationDecision}), then reserves the lots
 * and writes the allocations in a fixed number of statements however many there are.
 *
 * <p>Locking, the same on every path so no two transactions wait on each other in a cycle: first a
 * per-product advisory lock for every product involved, in SKU order; then allocation rows; then
 * lot rows, through conditional updates that can never reserve more than is on hand.
 */
@ApplicationScoped
public class AllocationCreation {
  private static final String OPEN_REFERENCE = "inventory_allocation_open_reference";
  private static final int RESERVE_ATTEMPTS = 3;

  private final AllocationIntake intake;
  private final FreeStockQueries freeStock;
  private final AllocationInserts inserts;
  private final HoldRelease holds;
  private final Clock clock;

  public AllocationCreation(
      AllocationIntake intake,
      FreeStockQueries freeStock,
      AllocationInserts inserts,
      HoldRelease holds,
      Clock clock) {
    this.intake = intake;
    this.freeStock = freeStock;
    this.inserts = inserts;
    this.holds = holds;
    this.clock = clock;
  }

  /**
   * Reserves stock for every line, or nothing: without allowPartial, any short line refuses the
   * whole allocation with each line's requested and available quantity.
   */
  @Transactional
  public AllocationView create(Caller caller, AllocationRequest request) {
    return createAll(List.of(new AllocationOrder(caller, request))).get(0).orThrow();
  }

  /**
   * Creates allocations in the caller's transaction, one after another: each sees the stock the
   * ones before it left. An order that cannot be met is refused and nothing of it is written; the
   * others are written together.
   *
   * <p>A second request for a reference that is open is refused; two that meet at the unique index
   * (both passed the check, in different transactions) fail the later transaction, and with one
   * order that is {@link ReferenceInUseException}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AllocationOutcome> createAll(List<AllocationOrder> orders) {
    Instant now = Instant.now(clock);
    AllocationOutcome[] outcomes = new AllocationOutcome[orders.size()];
    AllocationIntake.Intake checked = intake.accept(orders, now, outcomes);
    List<Accepted> accepted = checked.accepted();
    if (accepted.isEmpty()) {
      return List.of(outcomes);
    }
    StockScope scope = StockScope.of(accepted, checked.quotas());
    FreeStock free;
    // Lapsed holds must be given back under the locks before the free stock is read, so only
    // without them can the read go with the locks in one round trip.
    if (checked.lapsedHolds().isEmpty()) {
      free = freeStock.lockAndRead(scope.skus(), scope.owners(), scope.from(), now, scope.quotas());
    } else {
      holds.releaseLocking(checked.lapsedHolds(), scope.skus(), now);
      free = freeStock(scope, now);
    }
    reserve(accepted, free, scope, now, outcomes)
        .forEach(
            (index, a) -> outcomes[index] = new AllocationOutcome(AllocationView.of(a, now), null));
    return List.of(outcomes);
  }

  /**
   * Decides every accepted order against the free stock, reserves the lots chosen and writes the
   * allocations; returns them by index of their order. A lot that changed since it was read (held
   * or counted by another transaction) fails its conditional update and nothing is written: the
   * decisions are made again on the stock read anew, at most {@value #RESERVE_ATTEMPTS} times.
   */
  private Map<Integer, Allocation> reserve(
      List<Accepted> accepted,
      FreeStock firstRead,
      StockScope scope,
      Instant now,
      AllocationOutcome[] outcomes) {
    FreeStock free = firstRead;
    for (int attempt = 1; ; attempt++) {
      Map<Integer, Allocation> made = AllocationDecision.decide(accepted, free, now, outcomes);
      if (made.isEmpty()) {
        return made;
      }
      if (write(List.copyOf(made.values()), now)) {
        return made;
      }
      if (attempt == RESERVE_ATTEMPTS) {
        throw new StockKeptChangingException();
      }
      free = freeStock(scope, now);
    }
  }

  /** The free units of the scope's products, read under the locks already held. */
  private FreeStock freeStock(StockScope scope, Instant now) {
    return freeStock.read(scope.skus(), scope.owners(), scope.from(), now, scope.quotas());
  }

  /**
   * Reserves the lots and writes the new allocations. Two requests for one open reference that both
   * passed the check meet at the unique index: the later one waits for the first to commit and
   * fails; alone, it is refused as the reference's.
   */
  private boolean write(List<Allocation> made, Instant now) {
    try {
      return inserts.reserveAndInsert(made, now);
    } catch (ConstraintViolationException e) {
      if (made.size() == 1 && OPEN_REFERENCE.equals(e.getConstraintName())) {
        throw new ReferenceInUseException(made.get(0).brand(), made.get(0).reference());
      }
      throw e;
    }
  }
}
