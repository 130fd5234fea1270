package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.inventory.allocation.HoldRelease;
import me.snaq.inventory.inventory.domain.HouseQuotas;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.domain.QuotaTermsView;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.domain.StockTotals;
import me.snaq.inventory.inventory.events.AllocationEvents;
import me.snaq.inventory.inventory.persistence.AllocationInserts;
import me.snaq.inventory.inventory.persistence.BulkReservationQueries;
import me.snaq.inventory.inventory.persistence.HouseClaims;
import me.snaq.inventory.inventory.persistence.LedgerWriter;
import me.snaq.inventory.inventory.persistence.LotReservations;
import me.snaq.inventory.inventory.persistence.ProductLocks;
import me.snaq.inventory.inventory.persistence.StockQueries;
import me.snaq.inventory.webhook.WebhookEventType;

/**
 * The stock side of an assignment run's COMMIT: every box's FIRM allocation written in the caller's
 * transaction, set-based, all or nothing. Lots are reserved by one conditional update that cannot
 * give more than a lot has, under the same per-product locks as single allocations; if any lot
 * falls short, or the house units taken would break a quota ({@link HouseQuotas}), {@link
 * StockChangedException} rolls everything back. The ledger gets one RESERVE (or UNRESERVE) per lot
 * and run.
 */
@ApplicationScoped
public class RunReservationService {
  private final BulkReservationQueries bulk;
  private final ProductLocks locks;
  private final LotReservations lots;
  private final AllocationInserts inserts;
  private final LedgerWriter ledger;
  private final HouseClaims houseClaims;
  private final StockQueries stock;
  private final HoldRelease holds;
  private final CatalogService catalog;
  private final AllocationEvents events;
  private final Clock clock;

  public RunReservationService(
      BulkReservationQueries bulk,
      ProductLocks locks,
      LotReservations lots,
      AllocationInserts inserts,
      LedgerWriter ledger,
      HouseClaims houseClaims,
      StockQueries stock,
      HoldRelease holds,
      CatalogService catalog,
      AllocationEvents events,
      Clock clock) {
    this.bulk = bulk;
    this.locks = locks;
    this.lots = lots;
    this.inserts = inserts;
    this.ledger = ledger;
    this.houseClaims = houseClaims;
    this.stock = stock;
    this.holds = holds;
    this.catalog = catalog;
    this.events = events;
    this.clock = clock;
  }

  /** The reference prefix of a run's allocations: {@code run:<id>/<subscriber>}. */
  public static String referenceOf(long runId, String subscriberId) {
    return runPrefix(runId) + subscriberId;
  }

  private static String runPrefix(long runId) {
    return "run:" + runId + "/";
  }

  /** Writes every non-empty box's allocation; returns how many were written. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int reserve(long runId, LocalDate deliveryDate, List<BoxReservation> boxes, String actor) {
    Instant now = clock.instant();
    List<BoxReservation> filled = boxes.stream().filter(b -> !b.units().isEmpty()).toList();
    TreeSet<String> skus = new TreeSet<>();
    Map<Long, Integer> perLot = new TreeMap<>();
    for (BoxReservation box : filled) {
      for (BoxReservation.Unit unit : box.units()) {
        skus.add(unit.sku());
        perLot.merge(unit.lotId(), 1, Integer::sum);
      }
    }
    // The snapshot counted units of lapsed holds as free: give them back before reserving. This
    // also locks the products, in SKU order, as every allocation path does.
    holds.releaseLapsedHoldsOf(List.copyOf(skus), now);
    int reserved = lots.reserve(perLot, now);
    if (reserved != perLot.size()) {
      throw new StockChangedException(
          (perLot.size() - reserved) + " lots no longer have the units the run chose");
    }
    Map<Long, BulkReservationQueries.LotFacts> lotFacts = bulk.lotFacts(perLot.keySet());
    Map<String, Map<String, Integer>> houseUnits =
        BulkReservationQueries.houseUnits(filled, lotFacts);
    checkQuotas(houseUnits, skus, now);
    int written =
        bulk.insertAllocations(
            runId,
            runPrefix(runId),
            deliveryDate,
            filled,
            inserts.newIds(filled.size()),
            lotFacts,
            actor,
            now);
    ledger.appendPerLot(perLot, MovementType.RESERVE, "run:" + runId, actor, now);
    houseClaims.change(houseUnits, 1);
    events.publishRun(WebhookEventType.ALLOCATION_CREATED, runId);
    return written;
  }

  /** Releases the run's open allocations (a committed run cancelled); returns how many. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int release(long runId, String actor) {
    Instant now = clock.instant();
    // Products first, then allocation rows, as on every other path: a run's allocations only
    // close, so the SKUs read before the locks cover those read under them.
    locks.lock(bulk.openSkusOfRun(runId));
    List<BulkReservationQueries.OpenPick> picks = bulk.openPicksOfRun(runId);
    if (picks.isEmpty()) {
      return 0;
    }
    Map<Long, Integer> perLot = new TreeMap<>();
    Map<String, Map<String, Integer>> houseUnits = new HashMap<>();
    for (BulkReservationQueries.OpenPick pick : picks) {
      perLot.merge(pick.lotId(), pick.quantity(), Integer::sum);
      if (pick.house()) {
        houseUnits
            .computeIfAbsent(pick.brand(), b -> new HashMap<>())
            .merge(pick.sku(), pick.quantity(), Integer::sum);
      }
    }
    List<Long> released = bulk.releaseAllocations(runId, now);
    lots.unreserve(perLot, now);
    ledger.appendPerLot(perLot, MovementType.UNRESERVE, "run:" + runId, actor, now);
    houseClaims.change(houseUnits, -1);
    events.publish(WebhookEventType.ALLOCATION_RELEASED, released);
    return released.size();
  }

  /**
   * Refuses the run when its house units, taken with the claims already held, would pass a brand's
   * limit or take ring-fenced units of any brand, in the run or not (read after the lots were
   * reserved, so the house units free before the run are those free now plus the run's).
   */
  private void checkQuotas(
      Map<String, Map<String, Integer>> houseUnits, TreeSet<String> skus, Instant now) {
    List<String> products = List.copyOf(skus);
    Map<String, Map<String, Integer>> held = stock.houseClaims(products, now);
    Map<String, List<QuotaInfo>> quotas = QuotaTermsView.bySku(catalog.quotas(skus));
    Map<String, Map<String, Integer>> takingBySku = new HashMap<>();
    houseUnits.forEach(
        (brand, bySku) ->
            bySku.forEach(
                (sku, units) ->
                    takingBySku.computeIfAbsent(sku, s -> new HashMap<>()).put(brand, units)));
    LocalDate usableFrom = ShelfLife.usableFrom(ShelfLife.today(clock));
    Map<String, StockTotals> totals =
        stock.totals(
            products,
            Collections.nCopies(products.size(), usableFrom),
            ShelfLife.today(clock),
            null,
            null,
            now);
    List<String> breaches = new ArrayList<>();
    for (String sku : quotas.keySet()) {
      Map<String, Integer> taking = takingBySku.getOrDefault(sku, Map.of());
      if (taking.isEmpty()) {
        continue;
      }
      int houseFreeAfter = totals.getOrDefault(sku, StockTotals.none(sku)).houseUsable();
      int houseFree = houseFreeAfter + taking.values().stream().mapToInt(Integer::intValue).sum();
      breaches.addAll(
          HouseQuotas.breaches(
              sku,
              houseFree,
              QuotaTermsView.of(quotas.get(sku), held.getOrDefault(sku, Map.of())),
              taking));
    }
    if (!breaches.isEmpty()) {
      throw new StockChangedException("the run would break house quotas: " + breaches);
    }
  }
}
