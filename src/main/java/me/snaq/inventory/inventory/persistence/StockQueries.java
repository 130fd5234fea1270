package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.StockTotals;

/**
 * Availability reads, written for the database: one aggregate over the live-lot index for any
 * number of products, and one index range scan for a product's FEFO lots.
 */
@ApplicationScoped
public class StockQueries {
  /**
   * Units of holds past their time that the sweeper has not released yet, per lot: reads add them
   * back, so a lapsed hold counts nowhere from the moment it lapses.
   */
  private static final String STALE_HOLDS =
      "WITH stale AS (SELECT p.lot_id, sum(p.quantity) AS units FROM inventory_allocation a"
          + " JOIN inventory_allocation_pick p ON p.allocation_id = a.id"
          + " WHERE a.state = 'HELD' AND a.hold_until <= :now GROUP BY p.lot_id)";

  private final EntityManager entityManager;

  public StockQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Totals of each product. {@code floorDates} gives, per SKU, the earliest best-before usable for
   * the delivery; {@code brand} (may be null) is whose own stock counts as own; {@code
   * visibleOwner} (null for all) confines the totals to one owner's lots, as a partner sees them.
   */
  public Map<String, StockTotals> totals(
      List<String> skus,
      List<LocalDate> floorDates,
      LocalDate today,
      String brand,
      String visibleOwner,
      Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                STALE_HOLDS
                    + " SELECT w.sku,"
                    + " coalesce(sum(l.on_hand) FILTER (WHERE v), 0),"
                    + " coalesce(sum(l.held) FILTER (WHERE v), 0),"
                    + " coalesce(sum(l.on_hand) FILTER (WHERE v AND l.status = 'ON_HOLD'), 0),"
                    + " coalesce(sum(l.on_hand) FILTER (WHERE v AND (l.status = 'EXPIRED'"
                    + "   OR (l.status = 'AVAILABLE' AND l.best_before < :today))), 0),"
                    + " coalesce(sum(l.on_hand - l.held) FILTER (WHERE v"
                    + "   AND l.status = 'AVAILABLE' AND l.best_before >= :today), 0),"
                    + " coalesce(sum(l.on_hand - l.held) FILTER (WHERE l.owner = :brand"
                    + "   AND l.status = 'AVAILABLE' AND l.best_before >= w.floor_date), 0),"
                    + " coalesce(sum(l.on_hand - l.held) FILTER (WHERE l.owner = 'house'"
                    + "   AND l.status = 'AVAILABLE' AND l.best_before >= w.floor_date), 0)"
                    + " FROM unnest(CAST(:skus AS varchar[]), CAST(:floors AS date[]))"
                    + "   AS w(sku, floor_date)"
                    + " LEFT JOIN LATERAL (SELECT l.*, (CAST(:owner AS varchar) IS NULL"
                    + "   OR l.owner = :owner) AS v, l.reserved - coalesce(s.units, 0) AS held"
                    + "   FROM inventory_lot l LEFT JOIN stale s ON s.lot_id = l.id"
                    + "   WHERE l.sku = w.sku AND l.status <> 'DEPLETED') l ON true"
                    + " GROUP BY w.sku")
            .setParameter("skus", skus.toArray(String[]::new))
            .setParameter("floors", floorDates.toArray(LocalDate[]::new))
            .setParameter("today", today)
            .setParameter("brand", brand == null ? "" : brand)
            .setParameter("owner", visibleOwner)
            .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .getResultList();
    Map<String, StockTotals> totals = new HashMap<>();
    for (Object[] row : rows) {
      String sku = (String) row[0];
      totals.put(
          sku,
          new StockTotals(
              sku, i(row[1]), i(row[2]), i(row[3]), i(row[4]), i(row[5]), i(row[6]), i(row[7])));
    }
    return totals;
  }

  /**
   * Usable lots of a product in FEFO order (earliest best-before, then earliest receipt): those of
   * the given owners (null: any) that are available, not held entirely, and good through the floor
   * date.
   */
  public List<FefoLot> fefo(
      String sku, List<String> owners, LocalDate floorDate, int limit, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                STALE_HOLDS
                    + " SELECT id, lot_code, owner, best_before, received_at, location,"
                    + " on_hand - reserved + coalesce(s.units, 0) FROM inventory_lot l"
                    + " LEFT JOIN stale s ON s.lot_id = l.id"
                    + " WHERE sku = :sku AND status = 'AVAILABLE' AND best_before >= :floor"
                    + " AND (CAST(:owners AS varchar[]) IS NULL OR owner = ANY(CAST(:owners AS varchar[])))"
                    + " AND on_hand > reserved - coalesce(s.units, 0)"
                    + " ORDER BY best_before, received_at, id LIMIT :limit")
            .setParameter("sku", sku)
            .setParameter("floor", floorDate)
            .setParameter("owners", owners == null ? null : owners.toArray(String[]::new))
            .setParameter("limit", limit)
            .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .getResultList();
    return rows.stream().map(StockQueries::fefoLot).toList();
  }

  /** A FEFO lot from a row of (id, lot_code, owner, best_before, received_at, location, free). */
  static FefoLot fefoLot(Object[] row) {
    return new FefoLot(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        date(row[3]),
        instant(row[4]),
        (String) row[5],
        i(row[6]));
  }

  /**
   * House units each brand holds reserved, per product ({@code sku -> brand -> units}), less the
   * units of holds that have lapsed but are not swept yet.
   */
  public Map<String, Map<String, Integer>> houseClaims(List<String> skus, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT c.sku, c.brand_code, c.units - coalesce(st.units, 0)"
                    + " FROM inventory_house_claim c LEFT JOIN ("
                    + "   SELECT a.brand_code, p.sku, sum(p.quantity) AS units"
                    + "   FROM inventory_allocation a JOIN inventory_allocation_pick p"
                    + "   ON p.allocation_id = a.id WHERE a.state = 'HELD' AND a.hold_until <= :now"
                    + "   AND p.owner = 'house' GROUP BY a.brand_code, p.sku) st"
                    + " ON st.brand_code = c.brand_code AND st.sku = c.sku"
                    + " WHERE c.sku = ANY(CAST(:skus AS varchar[]))")
            .setParameter("skus", skus.toArray(String[]::new))
            .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .getResultList();
    Map<String, Map<String, Integer>> claims = new HashMap<>();
    for (Object[] row : rows) {
      claims.computeIfAbsent((String) row[0], s -> new HashMap<>()).put((String) row[1], i(row[2]));
    }
    return claims;
  }

  private static int i(Object value) {
    return ((Number) value).intValue();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }
}
