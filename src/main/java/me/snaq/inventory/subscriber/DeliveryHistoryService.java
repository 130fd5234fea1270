package me.snaq.inventory.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.AllocationShipped;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.subscriber.domain.Delivery;
import me.snaq.inventory.subscriber.persistence.DeliveryQueries;

/** Subscribers' delivery history: written as boxes ship, read by staff and the engine. */
@ApplicationScoped
public class DeliveryHistoryService {
  private static final int MAX_SHOWN = 500;

  private final DeliveryQueries deliveries;
  private final Clock clock;

  public DeliveryHistoryService(DeliveryQueries deliveries, Clock clock) {
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** In the shipping transaction: the box's products enter the subscriber's history. */
  void onShipped(@Observes AllocationShipped shipped) {
    if (shipped.subscriberId() != null && !shipped.skus().isEmpty()) {
      deliveries.record(
          shipped.subscriberId(),
          shipped.brand(),
          shipped.deliveryDate(),
          shipped.allocationId(),
          shipped.skus(),
          Instant.now(clock));
    }
  }

  @Transactional
  public List<Delivery> history(Caller caller, String subscriberId) {
    return deliveries.of(subscriberId, caller.brandScope().orElse(null), MAX_SHOWN);
  }
}
