package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import me.snaq.inventory.inventory.domain.ShipmentNotFoundException;
import me.snaq.inventory.inventory.persistence.ShipmentQueries;
import me.snaq.inventory.inventory.shipping.ShipmentBatches;
import me.snaq.inventory.inventory.shipping.ShipmentQueued;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * Bulk shipping (DESIGN 1's shipping step): many allocations shipped with a verdict each, SHIPPED
 * or REFUSED with a reason; the refused never stop the others. A request of at most one batch is
 * shipped in its own transaction and answered with every verdict; a larger one is stored and
 * shipped batch by batch, one transaction each, by any replica, its progress read meanwhile.
 */
@ApplicationScoped
public class ShippingService {
  private final ShipmentQueries shipments;
  private final ShipmentBatches batches;
  private final Event<ShipmentQueued> queued;
  private final CommittedRuns runs;
  private final Clock clock;

  public ShippingService(
      ShipmentQueries shipments,
      ShipmentBatches batches,
      Event<ShipmentQueued> queued,
      CommittedRuns runs,
      Clock clock) {
    this.shipments = shipments;
    this.batches = batches;
    this.queued = queued;
    this.runs = runs;
    this.clock = clock;
  }

  /** What a request to ship answered: the shipment, and its items when it is already done. */
  public record Started(Shipment shipment, List<ShipmentItem> items) {
    public boolean done() {
      return !shipment.running();
    }
  }

  /** Ships these allocations (a partner: only its brand's; the others are NOT_FOUND). */
  @Transactional
  public Started ship(Caller caller, List<Long> allocationIds) {
    return start(caller, allocationIds, null);
  }

  /**
   * Ships a run's open boxes, all of them or these allocations of the run (another run's are
   * NOT_FOUND); 404 or 409 unless the run is a succeeded COMMIT.
   */
  @Transactional
  public Started shipRun(Caller caller, long runId, List<Long> allocationIds) {
    runs.requireCommitted(runId);
    List<Long> ids =
        allocationIds != null
            ? allocationIds
            : shipments.openOfRun(runId, caller.brandScope().orElse(null));
    return start(caller, ids, runId);
  }

  /** Ships the boxes these subscribers have in a run (those without one are not items). */
  @Transactional
  public Started shipRunSubscribers(Caller caller, long runId, List<String> subscriberIds) {
    runs.requireCommitted(runId);
    return start(caller, shipments.ofRunSubscribers(runId, subscriberIds), runId);
  }

  @Transactional
  public Shipment get(Caller caller, long id) {
    return shipments
        .find(id)
        .filter(
            s ->
                s.brandScope() == null
                    ? caller.brandScope().isEmpty()
                    : caller.canSeeBrand(s.brandScope()))
        .orElseThrow(() -> new ShipmentNotFoundException(id));
  }

  /**
   * A shipment's items in allocation id order, of one status (PENDING, SHIPPED, REFUSED) or all.
   */
  @Transactional
  public Page<ShipmentItem> items(
      Caller caller, long id, ShipmentItemStatus status, PageRequest page) {
    get(caller, id);
    return Page.of(
        shipments.items(
            id, status == null ? null : status.name(), page.afterId(), page.limit() + 1),
        page,
        item -> Long.toString(item.allocationId()));
  }

  private Started start(Caller caller, List<Long> allocationIds, Long runId) {
    long id =
        shipments.insert(
            allocationIds,
            caller.brandScope().orElse(null),
            runId,
            caller.keyId(),
            clock.instant());
    Shipment stored = shipments.find(id).orElseThrow();
    if (stored.total() > batches.batchSize()) {
      queued.fire(new ShipmentQueued(id));
      return new Started(stored, List.of());
    }
    batches.shipNextHere(id);
    return new Started(
        shipments.find(id).orElseThrow(), shipments.items(id, null, null, stored.total()));
  }
}
