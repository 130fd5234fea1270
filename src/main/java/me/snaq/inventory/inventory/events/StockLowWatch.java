package me.snaq.inventory.inventory.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.StockThreshold;
import me.snaq.inventory.inventory.StockService;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.persistence.StockLowQueries;
import me.snaq.inventory.inventory.persistence.StockLowQueries.Below;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import me.snaq.inventory.webhook.OutboxEvent;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * {@code stock.low}: compares what each brand may take today of each product that has a threshold
 * (its own, or its brand's default) with that threshold, and announces a pair crossing below it,
 * once per crossing: the pair is recorded as below in the transaction that writes its event, and
 * cleared when availability is back at or above the threshold. Low stock is a state of the stock
 * rather than one change, so it is looked at right after changes (whenever the ledger grew since
 * the last look, at most every {@code inventory.stock-low.every}), and in full once a minute for
 * what moves it without a ledger row (a quota, a hold lapsing); one replica at a time.
 */
@ApplicationScoped
public class StockLowWatch {
  private static final Duration FULL_LOOK = Duration.ofMinutes(1);

  private final StockLowQueries queries;
  private final StockService stock;
  private final CatalogService catalog;
  private final WebhookOutboxService outbox;
  private final DatabaseOutage outage;
  private final Clock clock;
  private volatile Look last = new Look(-1, 0, null, Instant.MIN);

  public StockLowWatch(
      StockLowQueries queries,
      StockService stock,
      CatalogService catalog,
      WebhookOutboxService outbox,
      DatabaseOutage outage,
      Clock clock) {
    this.queries = queries;
    this.stock = stock;
    this.catalog = catalog;
    this.outbox = outbox;
    this.outage = outage;
    this.clock = clock;
  }

  /** What the last look saw: the newest ledger row, the thresholds, the day, and when. */
  private record Look(long movement, int thresholds, LocalDate day, Instant at) {}

  @Scheduled(
      identity = "stock-low-watch",
      every = "${inventory.stock-low.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void poll() {
    outage.quietly(() -> check(false));
  }

  /**
   * Looks, unless nothing changed since the last look ({@code force}: look anyway); returns how
   * many pairs crossed below their threshold.
   */
  public int check(boolean force) {
    return QuarkusTransaction.requiringNew().call(() -> look(force));
  }

  private int look(boolean force) {
    if (!queries.tryLock()) {
      return 0;
    }
    Instant now = clock.instant();
    List<StockThreshold> thresholds = catalog.lowStockThresholds();
    Look look =
        new Look(queries.lastMovementId(), fingerprint(thresholds), ShelfLife.today(clock), now);
    Look previous = last;
    boolean unchanged =
        look.movement() == previous.movement()
            && look.thresholds() == previous.thresholds()
            && look.day().equals(previous.day())
            && now.isBefore(previous.at().plus(FULL_LOOK));
    if (unchanged && !force) {
      return 0;
    }
    last =
        unchanged ? new Look(look.movement(), look.thresholds(), look.day(), previous.at()) : look;
    return compare(thresholds, now);
  }

  private int compare(List<StockThreshold> thresholds, Instant now) {
    Map<String, List<String>> skusByBrand = new TreeMap<>();
    thresholds.forEach(
        t -> skusByBrand.computeIfAbsent(t.brand(), b -> new ArrayList<>()).add(t.sku()));
    Map<String, Map<String, Integer>> available = new HashMap<>();
    skusByBrand.forEach((brand, skus) -> available.put(brand, stock.availableToday(brand, skus)));
    List<Below> stored = queries.below();
    Set<List<String>> wasBelow = new HashSet<>();
    stored.forEach(b -> wasBelow.add(List.of(b.brand(), b.sku())));
    Set<List<String>> isBelow = new HashSet<>();
    List<Below> crossed = new ArrayList<>();
    for (StockThreshold threshold : thresholds) {
      int units = available.get(threshold.brand()).getOrDefault(threshold.sku(), 0);
      if (units < threshold.threshold()) {
        List<String> key = List.of(threshold.brand(), threshold.sku());
        isBelow.add(key);
        if (!wasBelow.contains(key)) {
          crossed.add(new Below(threshold.brand(), threshold.sku(), units, threshold.threshold()));
        }
      }
    }
    // back at or above the threshold, or no threshold any more: the next crossing is announced
    queries.clear(
        stored.stream().filter(b -> !isBelow.contains(List.of(b.brand(), b.sku()))).toList());
    queries.record(crossed, now);
    outbox.publish(crossed.stream().map(StockLowWatch::event).toList());
    return crossed.size();
  }

  private static int fingerprint(List<StockThreshold> thresholds) {
    return thresholds.stream()
        .map(t -> List.of(t.brand(), t.sku(), t.threshold()))
        .toList()
        .hashCode();
  }

  private static OutboxEvent event(Below low) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("brand", low.brand());
    data.put("sku", low.sku());
    data.put("available", low.available());
    data.put("threshold", low.threshold());
    return OutboxEvent.of(WebhookEventType.STOCK_LOW, low.brand(), data);
  }
}
