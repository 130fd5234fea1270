package me.snaq.inventory.inventory.shipping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import me.snaq.inventory.inventory.persistence.ShipmentQueries;
import me.snaq.inventory.shared.concurrent.Drainer;
import me.snaq.inventory.shared.concurrent.PollEvery;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through RUNNING shipments batch by batch on one thread per replica: woken when a shipment
 * is stored here, and polling for those another replica left (it stopped, or died mid-batch, whose
 * batch rolled back and is pending again). A stopping replica finishes its batch and stops.
 */
@ApplicationScoped
public class ShipmentWorker {
  private final ShipmentQueries shipments;
  private final ShipmentBatches batches;
  private final DatabaseOutage outage;
  private final boolean enabled;
  private final Drainer drainer;

  public ShipmentWorker(
      ShipmentQueries shipments,
      ShipmentBatches batches,
      DatabaseOutage outage,
      @ConfigProperty(name = "inventory.shipping.every") String every) {
    this.shipments = shipments;
    this.batches = batches;
    this.outage = outage;
    this.enabled = PollEvery.of(every).on();
    this.drainer = new Drainer("shipment-worker", outage, this::drain);
  }

  @Scheduled(
      identity = "shipment-worker",
      every = "${inventory.shipping.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void poll() {
    if (!outage.isDown()) {
      drainer.wake();
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShipmentQueued queued) {
    if (enabled) {
      drainer.wake();
    }
  }

  /** Ships every pending item of every RUNNING shipment; returns how many items it settled. */
  public int drain() {
    int settled = 0;
    List<Long> running = QuarkusTransaction.requiringNew().call(shipments::running);
    for (long id : running) {
      for (int done = 1; done > 0 && !drainer.stopping(); settled += done) {
        done = batches.shipNext(id);
      }
    }
    return settled;
  }

  /**
   * A stopping replica takes no new batch from the moment its readiness goes down: the batch in
   * hand commits or rolls back whole, the rest stays pending for another replica.
   */
  void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
    drainer.stop();
  }

  void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
    drainer.stop();
  }

  @PreDestroy
  void stop() {
    drainer.close();
  }
}
