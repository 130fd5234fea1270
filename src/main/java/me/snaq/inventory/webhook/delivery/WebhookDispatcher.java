package me.snaq.inventory.webhook.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import me.snaq.inventory.shared.concurrent.Drainer;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import me.snaq.inventory.webhook.WebhookSettings;
import me.snaq.inventory.webhook.WebhooksQueued;
import me.snaq.inventory.webhook.domain.AttemptResult;
import me.snaq.inventory.webhook.domain.ClaimedDelivery;
import me.snaq.inventory.webhook.domain.RetrySchedule;
import me.snaq.inventory.webhook.persistence.DeliveryQueries;
import me.snaq.inventory.webhook.persistence.DeliveryQueries.QueueDepth;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox, on every replica: claims a batch of due deliveries under a lease (SKIP
 * LOCKED, so replicas share the queue), sends them all at once, and records every attempt with what
 * follows from it (the next try, the endpoint's failing streak, a disabled endpoint) in one
 * transaction. A replica that dies between the claim and the record leaves the lease to lapse and
 * another sends those again: at least once, with the same {@code webhook-id}. Woken when this
 * replica queued deliveries, and polling for the rest.
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

  private final DeliveryQueries deliveries;
  private final WebhookSender sender;
  private final WebhookSettings settings;
  private final DatabaseOutage outage;
  private final RetrySchedule schedule;
  private final MeterRegistry metrics;
  private final boolean enabled;
  private final Drainer drainer;
  private final AtomicReference<QueueDepth> depth = new AtomicReference<>(new QueueDepth(0, 0));

  public WebhookDispatcher(
      DeliveryQueries deliveries,
      WebhookSender sender,
      WebhookSettings settings,
      DatabaseOutage outage,
      MeterRegistry metrics) {
    this.deliveries = deliveries;
    this.sender = sender;
    this.settings = settings;
    this.outage = outage;
    this.metrics = metrics;
    this.schedule =
        new RetrySchedule(
            settings.retryDelays(),
            settings.jitter(),
            () -> ThreadLocalRandom.current().nextDouble());
    this.enabled =
        !Set.of("off", "disabled").contains(settings.every().trim().toLowerCase(Locale.ROOT));
    this.drainer = new Drainer("webhook-dispatcher", outage, this::drain);
    metrics.gauge("webhook.queue.depth", depth, d -> d.get().deliveries());
    metrics.gauge("webhook.queue.oldest.seconds", depth, d -> d.get().oldestSeconds());
  }

  @Scheduled(
      identity = "webhook-dispatcher",
      every = "${inventory.webhooks.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void poll() {
    if (!outage.isDown()) {
      drainer.wake();
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksQueued queued) {
    if (enabled) {
      drainer.wake();
    }
  }

  /** Sends batches until none is full; returns how many attempts it made. */
  public int drain() {
    int attempts = 0;
    int sent;
    do {
      sent = sendBatch();
      attempts += sent;
    } while (sent == settings.batchSize() && !drainer.stopping());
    depth.set(QuarkusTransaction.requiringNew().call(() -> deliveries.depth(Instant.now())));
    return attempts;
  }

  private int sendBatch() {
    List<ClaimedDelivery> claimed =
        QuarkusTransaction.requiringNew()
            .call(() -> deliveries.claim(settings.batchSize(), Instant.now(), settings.lease()));
    if (claimed.isEmpty()) {
      return 0;
    }
    List<CompletableFuture<WebhookSender.Outcome>> sending =
        claimed.stream().map(sender::send).toList();
    CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
    Instant now = Instant.now();
    List<AttemptResult> results = new ArrayList<>();
    for (int i = 0; i < claimed.size(); i++) {
      results.add(result(claimed.get(i), sending.get(i).join(), now));
    }
    List<Long> disabled =
        QuarkusTransaction.requiringNew()
            .call(() -> deliveries.record(results, now, now.minus(settings.disableAfter())));
    results.forEach(r -> metrics.counter("webhook.deliveries", "outcome", outcome(r)).increment());
    if (!disabled.isEmpty()) {
      LOG.warnf("Webhook endpoints disabled (410 Gone, or failing too long): %s", disabled);
    }
    return claimed.size();
  }

  private AttemptResult result(
      ClaimedDelivery delivery, WebhookSender.Outcome outcome, Instant now) {
    int attempt = delivery.attempts() + 1;
    boolean gone = outcome.status() != null && outcome.status() == 410;
    Instant next =
        outcome.succeeded() || gone ? null : schedule.nextAfter(attempt, now).orElse(null);
    return new AttemptResult(
        delivery.id(),
        delivery.endpointId(),
        attempt,
        outcome.succeeded(),
        outcome.status(),
        outcome.durationMs(),
        outcome.succeeded() ? null : errorOf(outcome),
        now,
        next,
        gone);
  }

  private static String errorOf(WebhookSender.Outcome outcome) {
    return outcome.error() != null ? outcome.error() : "the receiver answered " + outcome.status();
  }

  private static String outcome(AttemptResult result) {
    if (result.succeeded()) {
      return "succeeded";
    }
    return result.nextAttemptAt() == null ? "failed" : "retrying";
  }

  /** Finished deliveries and their events are kept for {@code inventory.webhooks.retention}. */
  @Scheduled(
      every = "1h",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void deleteOldDeliveries() {
    outage.quietly(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        deliveries.deleteFinishedBefore(
                            Instant.now().minus(settings.retention()))));
  }

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
