package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.AllocatableLot;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.HoldLapse;
import me.snaq.inventory.inventory.domain.StockTotals;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * Availability reads, written for the database: one aggregate over the live-lot index for any
 * number of products, and one index range scan for a product's FEFO lots.
 */
@ApplicationScoped
public class StockQueries {
  /**
   * Holds past their time ({@link HoldLapse}), found through the partial index on HELD holds and
   * materialized first, so their picks are then read by allocation id instead of scanning every
   * pick ever made. Its one parameter is the instant.
   */
  static final String LAPSED =
      """
      lapsed AS MATERIALIZED (SELECT id, brand_code FROM inventory_allocation
        WHERE %s)
      """
          .formatted(HoldLapse.CONDITION);

  /**
   * Units of holds past their time that the sweeper has not released yet, per lot: reads add them
   * back, so a lapsed hold counts nowhere from the moment it lapses.
   */
  private static final String STALE_HOLDS =
      """
      WITH %s, stale AS (SELECT p.lot_id, sum(p.quantity) AS units FROM lapsed a
        JOIN inventory_allocation_pick p ON p.allocation_id = a.id GROUP BY p.lot_id)
      """
          .formatted(LAPSED);

  /**
   * The house units each brand holds of the products ({@code sku = ANY(?)}): sku, brand, units,
   * less those of holds past their time (needs {@link #LAPSED} before it).
   */
  static final String HOUSE_CLAIMS =
      """
      SELECT c.sku, c.brand_code, c.units - coalesce(st.units, 0)
      FROM inventory_house_claim c LEFT JOIN (
        SELECT a.brand_code, p.sku, sum(p.quantity) AS units
        FROM lapsed a JOIN inventory_allocation_pick p ON p.allocation_id = a.id
        WHERE p.owner = 'house' GROUP BY a.brand_code, p.sku) st
      ON st.brand_code = c.brand_code AND st.sku = c.sku
      WHERE c.sku = ANY(?)
      """;

  private final Jdbc jdbc;

  public StockQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
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
    List<StockTotals> rows =
        jdbc.list(
            STALE_HOLDS
                + """
                SELECT w.sku,
                  coalesce(sum(l.on_hand) FILTER (WHERE v), 0),
                  coalesce(sum(l.held) FILTER (WHERE v), 0),
                  coalesce(sum(l.on_hand) FILTER (WHERE v AND l.status = 'ON_HOLD'), 0),
                  coalesce(sum(l.on_hand) FILTER (WHERE v AND (l.status = 'EXPIRED'
                    OR (l.status = 'AVAILABLE' AND l.best_before < ?))), 0),
                  coalesce(sum(l.on_hand - l.held) FILTER (WHERE v
                    AND l.status = 'AVAILABLE' AND l.best_before >= ?), 0),
                  coalesce(sum(l.on_hand - l.held) FILTER (WHERE l.owner = ?
                    AND l.status = 'AVAILABLE' AND l.best_before >= w.floor_date), 0),
                  coalesce(sum(l.on_hand - l.held) FILTER (WHERE l.owner = 'house'
                    AND l.status = 'AVAILABLE' AND l.best_before >= w.floor_date), 0)
                FROM unnest(?, ?) AS w(sku, floor_date)
                LEFT JOIN LATERAL (SELECT l.*, (CAST(? AS varchar) IS NULL
                    OR l.owner = ?) AS v, l.reserved - coalesce(s.units, 0) AS held
                  FROM inventory_lot l LEFT JOIN stale s ON s.lot_id = l.id
                  WHERE l.sku = w.sku AND l.status <> 'DEPLETED') l ON true
                GROUP BY w.sku
                """,
            row ->
                new StockTotals(
                    row.getString(1),
                    row.getInt(2),
                    row.getInt(3),
                    row.getInt(4),
                    row.getInt(5),
                    row.getInt(6),
                    row.getInt(7),
                    row.getInt(8)),
            now,
            today,
            today,
            brand == null ? "" : brand,
            skus.toArray(String[]::new),
            floorDates.toArray(LocalDate[]::new),
            visibleOwner,
            visibleOwner);
    Map<String, StockTotals> totals = new HashMap<>();
    rows.forEach(t -> totals.put(t.sku(), t));
    return totals;
  }

  /**
   * Usable lots of a product in FEFO order (earliest best-before, then earliest receipt): those of
   * the given owners (null: any) that are available, not held entirely, and good through the floor
   * date.
   */
  public List<FefoLot> fefo(
      String sku, List<String> owners, LocalDate floorDate, int limit, Instant now) {
    return jdbc.list(
        STALE_HOLDS
            + """
            SELECT id, lot_code, owner, best_before, received_at, location,
              on_hand - reserved + coalesce(s.units, 0) FROM inventory_lot l
            LEFT JOIN stale s ON s.lot_id = l.id
            WHERE sku = ? AND status = 'AVAILABLE' AND best_before >= ?
              AND (CAST(? AS varchar[]) IS NULL OR owner = ANY(CAST(? AS varchar[])))
              AND on_hand > reserved - coalesce(s.units, 0)
            ORDER BY best_before, received_at, id LIMIT ?
            """,
        StockQueries::fefoLot,
        now,
        sku,
        floorDate,
        owners == null ? null : owners.toArray(String[]::new),
        owners == null ? null : owners.toArray(String[]::new),
        limit);
  }

  /**
   * House units each brand holds reserved, per product ({@code sku -> brand -> units}), less the
   * units of holds that have lapsed but are not swept yet.
   */
  public Map<String, Map<String, Integer>> houseClaims(List<String> skus, Instant now) {
    Map<String, Map<String, Integer>> claims = new HashMap<>();
    jdbc.list(
            "WITH %s %s".formatted(LAPSED, HOUSE_CLAIMS),
            row -> new Object[] {row.getString(1), row.getString(2), row.getInt(3)},
            now,
            skus.toArray(String[]::new))
        .forEach(
            row ->
                claims
                    .computeIfAbsent((String) row[0], s -> new HashMap<>())
                    .put((String) row[1], (Integer) row[2]));
    return claims;
  }

  /** A FEFO lot from a row of (id, lot_code, owner, best_before, received_at, location, free). */
  static FefoLot fefoLot(ResultSet row) throws SQLException {
    return new FefoLot(
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        row.getObject(4, LocalDate.class),
        row.getObject(5, OffsetDateTime.class).toInstant(),
        row.getString(6),
        row.getInt(7));
  }

  /**
   * Every AVAILABLE lot usable from {@code usableFrom} with units not reserved (holds past their
   * time count as free), FEFO within each product.
   */
  public List<AllocatableLot> allocatableLots(LocalDate usableFrom, Instant now) {
    return jdbc.list(
        STALE_HOLDS
            + """
            SELECT l.id, l.sku, l.owner, l.best_before, l.received_at,
              l.on_hand - l.reserved + coalesce(s.units, 0) AS free
            FROM inventory_lot l LEFT JOIN stale s ON s.lot_id = l.id
            WHERE l.status = 'AVAILABLE' AND l.best_before >= ?
              AND l.on_hand - l.reserved + coalesce(s.units, 0) > 0
            ORDER BY l.sku, l.best_before, l.received_at, l.id
            """,
        row ->
            new AllocatableLot(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getObject(4, LocalDate.class),
                row.getObject(5, OffsetDateTime.class).toInstant(),
                row.getInt(6)),
        now,
        usableFrom);
  }
}
