package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import me.snaq.inventory.inventory.PickScope;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * What the open allocations of assignment runs ask the warehouse to pull: one row per picked lot of
 * each box, in walking order (location, then box, then product), and the same rows summed per
 * location and lot, of every brand or one. Only HELD and ALLOCATED allocations count: a shipped or
 * released box has nothing left to pick.
 */
@ApplicationScoped
public class PickQueries {
  /** The open allocations of the runs given as an array, with their picks and lots. */
  private static final String OPEN_PICKS =
      """
      FROM inventory_allocation a
      JOIN inventory_allocation_pick p ON p.allocation_id = a.id
      JOIN inventory_lot l ON l.id = p.lot_id
      WHERE a.run_id = ANY(?) AND a.state IN ('HELD', 'ALLOCATED')
        AND (CAST(? AS varchar) IS NULL OR a.brand_code = ?)
      """;

  private static final String ROWS =
      """
      SELECT l.location, a.subscriber_id, a.brand_code, a.id, p.sku, p.lot_id, p.lot_code,
        p.best_before, p.quantity
      """
          + OPEN_PICKS;
  private static final String WALKING_ORDER =
      " ORDER BY l.location, a.subscriber_id, a.id, p.sku, p.lot_id";

  private final Jdbc jdbc;

  public PickQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** One picked lot of one box. */
  public record PickRow(
      String location,
      String subscriberId,
      String brand,
      long allocationId,
      String sku,
      long lotId,
      String lotCode,
      LocalDate bestBefore,
      int quantity) {}

  /** Where a page starts: the walking-order key of the row before it. */
  public record After(
      String location, String subscriberId, long allocationId, String sku, long lotId) {}

  /** One location's units of one lot, and the boxes they go to. */
  public record LotPull(
      String location,
      String sku,
      long lotId,
      String lotCode,
      LocalDate bestBefore,
      String owner,
      int units,
      int boxes) {}

  /**
   * Up to {@code limit} rows after {@code after} (null: from the start), at one location or all.
   */
  public List<PickRow> page(PickScope scope, String location, After after, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = rows(scope, location, parameters);
    if (after != null) {
      sql.append(" AND (l.location, a.subscriber_id, a.id, p.sku, p.lot_id) > (?, ?, ?, ?, ?)");
      parameters.addAll(
          List.of(
              after.location(),
              after.subscriberId(),
              after.allocationId(),
              after.sku(),
              after.lotId()));
    }
    sql.append(WALKING_ORDER).append(" LIMIT ?");
    parameters.add(limit);
    return jdbc.list(sql.toString(), PickQueries::row, parameters.toArray());
  }

  /** Every row in walking order, handed over as the database sends them (inside a transaction). */
  public void each(PickScope scope, String location, Consumer<PickRow> consumer) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = rows(scope, location, parameters).append(WALKING_ORDER);
    jdbc.stream(sql.toString(), PickQueries::row, consumer, parameters.toArray());
  }

  private static StringBuilder rows(PickScope scope, String location, List<Object> parameters) {
    StringBuilder sql = new StringBuilder(ROWS);
    parameters.addAll(scope(scope));
    if (location != null) {
      sql.append(" AND l.location = ?");
      parameters.add(location);
    }
    return sql;
  }

  /** The units to pull per location and lot, in walking order. */
  public List<LotPull> pulls(PickScope scope) {
    return jdbc.list(
        """
        SELECT l.location, p.sku, p.lot_id, p.lot_code, p.best_before, p.owner,
          SUM(p.quantity), COUNT(DISTINCT a.id)
        """
            + OPEN_PICKS
            + """
            GROUP BY l.location, p.sku, p.lot_id, p.lot_code, p.best_before, p.owner
            ORDER BY l.location, p.sku, p.best_before, p.lot_id
            """,
        row ->
            new LotPull(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getObject(5, LocalDate.class),
                row.getString(6),
                row.getInt(7),
                row.getInt(8)),
        scope(scope).toArray());
  }

  /** The SKUs the runs' open allocations pick, sorted. */
  public List<String> skus(PickScope scope) {
    return jdbc.list(
        "SELECT DISTINCT p.sku " + OPEN_PICKS + " ORDER BY p.sku",
        row -> row.getString(1),
        scope(scope).toArray());
  }

  /** The parameters of {@link #OPEN_PICKS}. */
  private static List<Object> scope(PickScope scope) {
    return Arrays.asList(scope.runIds().toArray(Long[]::new), scope.brand(), scope.brand());
  }

  private static PickRow row(ResultSet row) throws SQLException {
    return new PickRow(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getLong(4),
        row.getString(5),
        row.getLong(6),
        row.getString(7),
        row.getObject(8, LocalDate.class),
        row.getInt(9));
  }
}
