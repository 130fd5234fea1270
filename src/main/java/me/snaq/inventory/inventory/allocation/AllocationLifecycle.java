package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.AllocationShipped;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.IllegalLotStateException;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.LotRepository;
import me.snaq.inventory.inventory.persistence.ProductLocks;
import me.snaq.inventory.shared.security.Caller;

/**
 * An allocation's life after creation: HELD -> ALLOCATED (confirm), ALLOCATED -> SHIPPED (the units
 * leave on-hand, the subscriber's history records the box), or released. A change to stock locks
 * the allocation's products in SKU order first, then the allocation, as creation does.
 */
@ApplicationScoped
public class AllocationLifecycle {
  private final AllocationReads reads;
  private final AllocationRepository allocations;
  private final ProductLocks locks;
  private final AllocationStock stock;
  private final LotRepository lots;
  private final Event<AllocationShipped> shipped;
  private final Clock clock;

  public AllocationLifecycle(
      AllocationReads reads,
      AllocationRepository allocations,
      ProductLocks locks,
      AllocationStock stock,
      LotRepository lots,
      Event<AllocationShipped> shipped,
      Clock clock) {
    this.reads = reads;
    this.allocations = allocations;
    this.locks = locks;
    this.stock = stock;
    this.lots = lots;
    this.shipped = shipped;
    this.clock = clock;
  }

  /** HELD -> ALLOCATED. */
  @Transactional
  public AllocationView confirm(Caller caller, long id) {
    Instant now = Instant.now(clock);
    Allocation allocation = reads.visible(caller, id);
    allocations.refreshLocked(allocation);
    allocation.confirm(now);
    return AllocationView.of(allocation, now);
  }

  /** ALLOCATED -> SHIPPED: the units leave on-hand; the subscriber's history records the box. */
  @Transactional
  public AllocationView ship(Caller caller, long id) {
    Instant now = Instant.now(clock);
    Allocation allocation = lockForStockChange(caller, id);
    allocation.ship(now);
    List<Long> held = lotsOnHold(allocation.picks());
    if (!held.isEmpty()) {
      throw new IllegalLotStateException(held.get(0), LotStatus.ON_HOLD, "shipped from");
    }
    stock.shipOut(allocation, caller.keyId(), now);
    shipped.fire(
        new AllocationShipped(
            allocation.id(),
            allocation.brand(),
            allocation.subscriberId(),
            allocation.deliveryDate(),
            allocation.lines().stream()
                .filter(l -> l.allocated() > 0)
                .map(AllocationLine::sku)
                .toList()));
    return AllocationView.of(allocation, now);
  }

  /** An open allocation gives its units back (RELEASED, or EXPIRED for a lapsed hold). */
  @Transactional
  public AllocationView release(Caller caller, long id, String reason) {
    Instant now = Instant.now(clock);
    Allocation allocation = lockForStockChange(caller, id);
    stock.giveBack(List.of(allocation), reason, caller.keyId(), now);
    return AllocationView.of(allocation, now);
  }

  /** Reads the allocation, locks its products in SKU order, then locks the allocation itself. */
  private Allocation lockForStockChange(Caller caller, long id) {
    Allocation allocation = reads.visible(caller, id);
    locks.lock(allocation.lines().stream().map(AllocationLine::sku).sorted().toList());
    allocations.refreshLocked(allocation);
    return allocation;
  }

  private List<Long> lotsOnHold(List<AllocationPick> picks) {
    List<Long> ids = picks.stream().map(AllocationPick::lotId).toList();
    return lots.list("id in ?1 and status = ?2", ids, LotStatus.ON_HOLD).stream()
        .map(lot -> lot.id())
        .toList();
  }
}
