package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.inventory.domain.LotUse;
import me.snaq.inventory.inventory.domain.RecallHold;
import me.snaq.inventory.inventory.events.LotEvents;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.shared.security.Caller;

/**
 * Trace and recall: from a lot, every allocation, reference and subscriber it served; a recall puts
 * the lot on hold and names the open allocations that still hold its units.
 */
@ApplicationScoped
public class TraceService {
  private final LotService lots;
  private final AllocationRepository allocations;
  private final LotEvents events;

  public TraceService(LotService lots, AllocationRepository allocations, LotEvents events) {
    this.lots = lots;
    this.allocations = allocations;
    this.events = events;
  }

  @Transactional
  public Trace trace(Caller caller, long lotId) {
    LotView lot = lots.get(caller, lotId);
    return new Trace(lot, allocations.usesOfLot(lotId));
  }

  /**
   * Holds the lot (unless it is on hold already), lists who is affected, and tells them ({@code
   * lot.recalled} with the open allocations the lot served).
   */
  @Transactional
  public Trace recall(Caller caller, long lotId, String reason) {
    LotView lot = lots.get(caller, lotId);
    if (lot.lot().status() != LotStatus.ON_HOLD) {
      lot = lots.hold(caller, lotId, RecallHold.reason(reason), null);
    }
    Trace trace = new Trace(lot, allocations.usesOfLot(lotId));
    events.recalled(lot.lot(), reason, trace.open());
    return trace;
  }

  /** A lot and the allocations that took units of it, newest first. */
  public record Trace(LotView lot, List<LotUse> uses) {
    public List<LotUse> open() {
      return uses.stream().filter(use -> use.state().isOpen()).toList();
    }
  }
}
