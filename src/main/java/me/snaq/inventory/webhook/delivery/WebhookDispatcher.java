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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import me.snaq.inventory.shared.concurrent.Drainer;
import me.snaq.inventory.shared.concurrent.PollEvery;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import me.snaq.inventory.shared.web.Draining;
import me.snaq.inventory.webhook.WebhookSettings;
import me.snaq.inventory.webhook.WebhooksQueued;
import me.snaq.inventory.webhook.domain.AttemptResult;
import me.snaq.inventory.webhook.domain.ClaimedDelivery;
import me.snaq.inventory.webhook.domain.RetrySchedule;
import me.snaq.inventory.webhook.persistence.DeliveryQueries;
import me.snaq.inventory.webhook.persistence.OutboxQueries;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox, on every replica: relays its rows into one delivery per endpoint that takes
 * each event, then, in one transaction, claims a batch of due deliveries (FOR UPDATE SKIP LOCKED,
 * so replicas share the queue), sends them all at once and records every attempt with what follows
 * from it (the next try, the endpoint's failing streak, a disabled endpoint). A replica that dies
 * mid-batch rolls back and another sends those again: at least once, with the same {@code
 * webhook-id}. Woken when this replica queued deliveries, and polling for the rest. While the API
 * is busy, it delivers one batch a poll and leaves the CPU to the requests ({@link DeliveryPace}).
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

  /** Outbox rows one relay transaction takes. */
  private static final int RELAY_ROWS = 100;

  /**
   * Outbox rows relayed in a turn while the API is busy: each holds the events of one statement (an
   * allocation batch's, a few to a few dozen), about a batch of deliveries in all.
   */
  private static final int YIELDING_RELAY_ROWS = 5;

  private final DeliveryQueries deliveries;
  private final OutboxQueries outbox;
  private final WebhookSender sender;
  private final WebhookSettings settings;
  private final DatabaseOutage outage;
  private final RetrySchedule schedule;
  private final MeterRegistry metrics;
  private final boolean enabled;
  private final Drainer drainer;
  private final QueueGauge depth;
  private final Draining requests;
  private final DeliveryPace pace;

  public WebhookDispatcher(
      DeliveryQueries deliveries,
      OutboxQueries outbox,
      WebhookSender sender,
      WebhookSettings settings,
      DatabaseOutage outage,
      Draining requests,
      MeterRegistry metrics) {
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.sender = sender;
    this.settings = settings;
    this.outage = outage;
    this.metrics = metrics;
    this.schedule =
        new RetrySchedule(
            settings.retryDelays(),
            settings.jitter(),
            () -> ThreadLocalRandom.current().nextDouble());
    PollEvery every = PollEvery.of(settings.every());
    this.enabled = every.on();
    this.drainer = new Drainer("webhook-dispatcher", outage, this::drain);
    this.depth = new QueueGauge(deliveries, outage);
    this.requests = requests;
    this.pace =
        new DeliveryPace(
            settings.yieldAbove(),
            every.period().orElse(Duration.ofSeconds(1)).toNanos(),
            requests.admitted(),
            System.nanoTime());
    metrics.gauge("webhook.dispatcher.yielding", pace, p -> p.yielding() ? 1 : 0);
    metrics.gauge("webhook.queue.depth", depth, d -> d.read().deliveries());
    metrics.gauge("webhook.queue.oldest.seconds", depth, d -> d.read().oldestSeconds());
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

  /**
   * Relays the outbox into deliveries, then sends batches until none is full; returns how many
   * attempts it made.
   */
  public int drain() {
    DeliveryPace.Turn turn = pace.next(requests.admitted(), System.nanoTime());
    if (turn == DeliveryPace.Turn.WAIT) {
      return 0;
    }
    if (turn == DeliveryPace.Turn.ONE_BATCH) {
      // the deliveries already relayed first; relaying is work too, so only what the next turn
      // will send
      int sent = sendBatch();
      if (sent < settings.batchSize()) {
        QuarkusTransaction.requiringNew().call(() -> outbox.relay(YIELDING_RELAY_ROWS));
      }
      return sent;
    }
    OutboxQueries.Relayed relayed;
    do {
      relayed = QuarkusTransaction.requiringNew().call(() -> outbox.relay(RELAY_ROWS));
    } while (relayed.rows() == RELAY_ROWS && !drainer.stopping());
    int attempts = 0;
    int sent;
    do {
      sent = sendBatch();
      attempts += sent;
    } while (sent == settings.batchSize() && !drainer.stopping());
    return attempts;
  }

  /**
   * Claims a batch, sends it and records what came of it, in one transaction: the claimed rows stay
   * locked meanwhile, so a replica that dies mid-batch leaves them to the others (its transaction
   * rolls back with its connection). Returns how many it sent.
   */
  private int sendBatch() {
    List<Long> disabled = new ArrayList<>();
    int sent =
        QuarkusTransaction.requiringNew()
            .timeout(transactionSeconds())
            .call(
                () -> {
                  List<ClaimedDelivery> claimed =
                      deliveries.claim(settings.batchSize(), Instant.now());
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
                  disabled.addAll(
                      deliveries.record(results, now, now.minus(settings.disableAfter())));
                  results.forEach(
                      r ->
                          metrics.counter("webhook.deliveries", "outcome", outcome(r)).increment());
                  return claimed.size();
                });
    if (!disabled.isEmpty()) {
      LOG.warnf("Webhook endpoints disabled (410 Gone, or failing too long): %s", disabled);
    }
    return sent;
  }

  /** A batch's transaction outlives its slowest attempt, with room to record it. */
  private int transactionSeconds() {
    return (int) settings.timeout().toSeconds() + 30;
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
