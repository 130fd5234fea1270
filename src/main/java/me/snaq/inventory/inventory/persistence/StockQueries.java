package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
      String visibleOwner) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT w.sku,"
                    + " coalesce(sum(l.on_hand) FILTER (WHERE v), 0),"
                    + " coalesce(sum(l.reserved) FILTER (WHERE v), 0),"
                    + " coalesce(sum(l.on_hand) FILTER (WHERE v AND l.status = 'ON_HOLD'), 0),"
                    + " coalesce(sum(l.on_hand) FILTER (WHERE v AND (l.status = 'EXPIRED'"
                    + "   OR (l.status = 'AVAILABLE' AND l.best_before < :today))), 0),"
                    + " coalesce(sum(l.on_hand - l.reserved) FILTER (WHERE v"
                    + "   AND l.status = 'AVAILABLE' AND l.best_before >= :today), 0),"
                    + " coalesce(sum(l.on_hand - l.reserved) FILTER (WHERE l.owner = :brand"
                    + "   AND l.status = 'AVAILABLE' AND l.best_before >= w.floor_date), 0),"
                    + " coalesce(sum(l.on_hand - l.reserved) FILTER (WHERE l.owner = 'house'"
                    + "   AND l.status = 'AVAILABLE' AND l.best_before >= w.floor_date), 0)"
                    + " FROM unnest(CAST(:skus AS varchar[]), CAST(:floors AS date[]))"
                    + "   AS w(sku, floor_date)"
                    + " LEFT JOIN LATERAL (SELECT l.*, (CAST(:owner AS varchar) IS NULL"
                    + "   OR l.owner = :owner) AS v FROM inventory_lot l"
                    + "   WHERE l.sku = w.sku AND l.status <> 'DEPLETED') l ON true"
                    + " GROUP BY w.sku")
            .setParameter("skus", skus.toArray(String[]::new))
            .setParameter("floors", floorDates.toArray(LocalDate[]::new))
            .setParameter("today", today)
            .setParameter("brand", brand == null ? "" : brand)
            .setParameter("owner", visibleOwner)
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
  public List<FefoLot> fefo(String sku, List<String> owners, LocalDate floorDate, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, lot_code, owner, best_before, received_at, location,"
                    + " on_hand - reserved FROM inventory_lot"
                    + " WHERE sku = :sku AND status = 'AVAILABLE' AND best_before >= :floor"
                    + " AND (CAST(:owners AS varchar[]) IS NULL OR owner = ANY(CAST(:owners AS varchar[])))"
                    + " AND on_hand > reserved"
                    + " ORDER BY best_before, received_at, id LIMIT :limit")
            .setParameter("sku", sku)
            .setParameter("floor", floorDate)
            .setParameter("owners", owners == null ? null : owners.toArray(String[]::new))
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new FefoLot(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    date(row[3]),
                    instant(row[4]),
                    (String) row[5],
                    i(row[6])))
        .toList();
  }

  /** House units each brand holds reserved, per product: {@code sku -> brand -> units}. */
  public Map<String, Map<String, Integer>> houseClaims(List<String> skus) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT sku, brand_code, units FROM inventory_house_claim"
                    + " WHERE sku = ANY(CAST(:skus AS varchar[]))")
            .setParameter("skus", skus.toArray(String[]::new))
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
