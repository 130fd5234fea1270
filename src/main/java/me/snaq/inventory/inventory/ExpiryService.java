package me.snaq.inventory.inventory;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.inventory.domain.ExpiringLot;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.persistence.ExpiryQueries;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Expiry: the scheduled job that marks lots EXPIRED once their day has ended (reads are right
 * before it runs, through {@link ShelfLife}), and the near-expiry report.
 */
@ApplicationScoped
public class ExpiryService {
  public static final String JOB_ACTOR = "system:expiry-job";
  private static final Logger LOG = Logger.getLogger(ExpiryService.class);
  private static final int MAX_WITHIN_DAYS = 365;

  private final ExpiryQueries expiry;
  private final CatalogService catalog;
  private final Clock clock;
  private final DatabaseOutage outage;
  private final List<Integer> horizons;

  public ExpiryService(
      ExpiryQueries expiry,
      CatalogService catalog,
      Clock clock,
      DatabaseOutage outage,
      @ConfigProperty(name = "inventory.expiry-report.horizons") List<Integer> horizons) {
    this.outage = outage;
    this.expiry = expiry;
    this.catalog = catalog;
    this.clock = clock;
    this.horizons = List.copyOf(new TreeSet<>(horizons));
  }

  /** The scheduled run; every replica runs it, and concurrent runs expire each lot once. */
  @Scheduled(
      every = "${inventory.expiry-job.every}",
      delayed = "${inventory.expiry-job.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void runExpiryJob() {
    outage.quietly(this::expireDueLots);
  }

  /**
   * Marks lots whose best-before day has ended (each sends {@code lot.expired}), and announces lots
   * newly within a near-expiry horizon ({@code lot.near_expiry}, once per lot and horizon); returns
   * how many lots expired.
   */
  @Transactional
  public int expireDueLots() {
    LocalDate today = ShelfLife.today(clock);
    Instant now = Instant.now(clock);
    int expired = expiry.expireBefore(ShelfLife.usableFrom(today), JOB_ACTOR, now);
    if (expired > 0) {
      LOG.infof("Expiry job marked %d lots EXPIRED", expired);
    }
    expiry.noticeNearExpiry(today, horizons, now);
    return expired;
  }

  /**
   * Lots with stock left that expire within {@code withinDays} (or have expired), each in the
   * smallest configured horizon that holds it, grouped by owner and product.
   */
  @Transactional
  public ExpiryReport report(Caller caller, Integer withinDays) {
    int within = withinDays == null ? horizons.get(horizons.size() - 1) : withinDays;
    if (within < 0 || within > MAX_WITHIN_DAYS) {
      throw new ValidationFailedException("withinDays", "range", 0, MAX_WITHIN_DAYS);
    }
    LocalDate today = ShelfLife.today(clock);
    List<ExpiringLot> lots =
        expiry.expiringBy(today.plusDays(within), caller.brandScope().orElse(null));
    Map<String, ProductInfo> products = catalog.products(skus(lots));
    List<ExpiryReport.Line> lines = new ArrayList<>();
    for (ExpiringLot lot : lots) {
      long daysLeft = ChronoUnit.DAYS.between(today, lot.bestBefore());
      ProductInfo product = products.get(lot.sku());
      lines.add(
          new ExpiryReport.Line(
              horizonOf(daysLeft, within),
              lot.asOf(today),
              product == null ? lot.sku() : product.name(),
              daysLeft));
    }
    return new ExpiryReport(today, within, horizons, lines);
  }

  /**
   * The smallest horizon that holds the lot; past the largest, the report's own window (a lot 62
   * days out in a 63-day report is not expired); none once expired.
   */
  private Integer horizonOf(long daysLeft, int within) {
    if (daysLeft < 0) {
      return null;
    }
    return horizons.stream().filter(h -> daysLeft <= h).findFirst().orElse(within);
  }

  private static Collection<String> skus(List<ExpiringLot> lots) {
    return lots.stream().map(ExpiringLot::sku).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
