package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.ReportedShortage;
import me.snaq.inventory.inventory.ShipRefusal;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.IllegalAllocationStateException;
import me.snaq.inventory.inventory.domain.IllegalLotStateException;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.inventory.events.AllocationEvents;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.ProductLocks;
import me.snaq.inventory.inventory.shipping.BoxShipper;
import me.snaq.inventory.inventory.shipping.ShipDecision;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.webhook.WebhookEventType;

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
  private final BoxShipper shipper;
  private final AllocationEvents events;
  private final Clock clock;

  public AllocationLifecycle(
      AllocationReads reads,
      AllocationRepository allocations,
      ProductLocks locks,
      AllocationStock stock,
      BoxShipper shipper,
      AllocationEvents events,
      Clock clock) {
    this.reads = reads;
    this.allocations = allocations;
    this.locks = locks;
    this.stock = stock;
    this.shipper = shipper;
    this.events = events;
    this.clock = clock;
  }

  /** HELD -> ALLOCATED. */
  @Transactional
  public AllocationView confirm(Caller caller, long id) {
    Instant now = Instant.now(clock);
    Allocation allocation = reads.visible(caller, id);
    allocations.refreshLocked(allocation);
    allocation.confirm(now);
    events.publish(WebhookEventType.ALLOCATION_CONFIRMED, List.of(id));
    return AllocationView.of(allocation, now);
  }

  /**
   * ALLOCATED -> SHIPPED: the units leave on-hand, those reported short as ADJUST movements; the
   * subscriber's history records what shipped. 409 when it is not ALLOCATED or a lot it picked is
   * on hold.
   */
  @Transactional
  public AllocationView ship(Caller caller, long id, List<ReportedShortage> shortages) {
    Instant now = Instant.now(clock);
    Allocation allocation = reads.visible(caller, id);
    ShipDecision.Verdict verdict =
        shipper
            .ship(
                List.of(id),
                shortages.isEmpty() ? Map.of() : Map.of(id, shortages),
                ShipDecision.Scope.ANY,
                caller.keyId(),
                "allocation:" + id,
                now)
            .get(0);
    if (verdict.heldLotId() != null) {
      throw new IllegalLotStateException(verdict.heldLotId(), LotStatus.ON_HOLD, "shipped from");
    }
    if (!verdict.ships()) {
      AllocationState state =
          verdict.refusal() == ShipRefusal.EXPIRED ? AllocationState.EXPIRED : verdict.state();
      throw new IllegalAllocationStateException(id, state, "shipped");
    }
    allocations.refresh(allocation);
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
}
