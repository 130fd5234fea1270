package me.snaq.inventory.webhook.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import me.snaq.inventory.shared.database.DatabaseOutage;
import me.snaq.inventory.webhook.persistence.DeliveryQueries;
import me.snaq.inventory.webhook.persistence.DeliveryQueries.QueueDepth;

/**
 * The delivery queue's depth for the metrics, read when they are scraped (at most once every few
 * seconds), so an idle replica does not keep a connection busy for it.
 */
final class QueueGauge {
  private static final Duration FRESH = Duration.ofSeconds(5);

  private final DeliveryQueries deliveries;
  private final DatabaseOutage outage;
  private volatile QueueDepth last = new QueueDepth(0, 0);
  private volatile Instant readAt = Instant.MIN;

  QueueGauge(DeliveryQueries deliveries, DatabaseOutage outage) {
    this.deliveries = deliveries;
    this.outage = outage;
  }

  synchronized QueueDepth read() {
    Instant now = Instant.now();
    if (now.isAfter(readAt.plus(FRESH)) && !outage.isDown()) {
      try {
        last = QuarkusTransaction.requiringNew().call(() -> deliveries.depth(now));
        readAt = now;
      } catch (RuntimeException e) {
        // a scrape during an outage shows the last depth read
      }
    }
    return last;
  }
}
