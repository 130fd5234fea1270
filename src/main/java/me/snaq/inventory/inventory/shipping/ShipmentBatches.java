package me.snaq.inventory.inventory.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.Shipment;
import me.snaq.inventory.inventory.persistence.ShipmentQueries;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One batch of a shipment: claims up to {@code inventory.shipping.batch-size} pending items
 * (passing over those another replica holds), ships what may ship and records every item's verdict,
 * all in one transaction. The shipment SUCCEEDS in the batch that leaves nothing pending.
 */
@ApplicationScoped
public class ShipmentBatches {
  private final ShipmentQueries shipments;
  private final BoxShipper shipper;
  private final Clock clock;
  private final int batchSize;

  public ShipmentBatches(
      ShipmentQueries shipments,
      BoxShipper shipper,
      Clock clock,
      @ConfigProperty(name = "inventory.shipping.batch-size") int batchSize) {
    this.shipments = shipments;
    this.shipper = shipper;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  public int batchSize() {
    return batchSize;
  }

  /** The next batch in a transaction of its own; returns how many items it settled. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int shipNext(long shipmentId) {
    return ship(shipmentId);
  }

  /** The next batch in the caller's transaction (a shipment small enough to answer at once). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int shipNextHere(long shipmentId) {
    return ship(shipmentId);
  }

  private int ship(long shipmentId) {
    Instant now = clock.instant();
    Shipment shipment = shipments.find(shipmentId).filter(Shipment::running).orElse(null);
    if (shipment == null) {
      return 0;
    }
    List<Long> ids = shipments.claimPending(shipmentId, batchSize);
    if (!ids.isEmpty()) {
      List<ShipDecision.Verdict> verdicts =
          shipper.ship(
              ids,
              new ShipDecision.Scope(shipment.brandScope(), shipment.runId()),
              shipment.requestedBy(),
              "shipment:" + shipmentId,
              now);
      shipments.settle(
          shipmentId,
          ids,
          verdicts.stream().map(v -> v.ships() ? null : v.refusal().name()).toList());
    }
    shipments.finishIfDone(shipmentId, now);
    return ids.size();
  }
}
