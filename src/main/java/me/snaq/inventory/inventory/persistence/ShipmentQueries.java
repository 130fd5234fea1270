package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import me.snaq.inventory.inventory.Shipment;
import me.snaq.inventory.inventory.ShipmentItem;
import me.snaq.inventory.shared.database.Jdbc;

/** Bulk shipments and their items: what was asked, what is pending, what each item became. */
@ApplicationScoped
public class ShipmentQueries {
  private static final String COLUMNS =
      """
       id, brand_scope, run_id, status, total, shipped, refused, requested_by, created_at,
       finished_at
      """;

  private final Jdbc jdbc;

  public ShipmentQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A RUNNING shipment of these allocations (duplicates dropped), all of them PENDING. */
  public long insert(
      List<Long> allocationIds, String brandScope, Long runId, String actor, Instant now) {
    Long[] ids = allocationIds.stream().distinct().toArray(Long[]::new);
    long id =
        jdbc.list(
                """
                INSERT INTO inventory_shipment (brand_scope, run_id, status, total, requested_by,
                created_at) VALUES (?, ?, 'RUNNING', ?, ?, ?) RETURNING id
                """,
                row -> row.getLong(1),
                brandScope,
                runId,
                ids.length,
                actor,
                now)
            .get(0);
    jdbc.update(
        """
        INSERT INTO inventory_shipment_item (shipment_id, allocation_id, status)
        SELECT ?, a, 'PENDING' FROM unnest(?) AS a
        """,
        id,
        (Object) ids);
    return id;
  }

  /** The open allocations of a run, of one brand when given. */
  public List<Long> openOfRun(long runId, String brand) {
    return jdbc.list(
        """
        SELECT id FROM inventory_allocation WHERE run_id = ? AND state IN ('HELD', 'ALLOCATED')
        AND (CAST(? AS varchar) IS NULL OR brand_code = ?) ORDER BY id
        """,
        row -> row.getLong(1),
        runId,
        brand,
        brand);
  }

  /** The allocations of a run these subscribers have (any state), to ship or to refuse. */
  public List<Long> ofRunSubscribers(long runId, List<String> subscriberIds) {
    return jdbc.list(
        """
        SELECT id FROM inventory_allocation WHERE run_id = ? AND subscriber_id = ANY(?)
        ORDER BY id
        """,
        row -> row.getLong(1),
        runId,
        subscriberIds.toArray(String[]::new));
  }

  public Optional<Shipment> find(long id) {
    return jdbc.first(
        "SELECT" + COLUMNS + "FROM inventory_shipment WHERE id = ?", ShipmentQueries::shipment, id);
  }

  /** RUNNING shipments, oldest first: any replica may work on them. */
  public List<Long> running() {
    return jdbc.list(
        "SELECT id FROM inventory_shipment WHERE status = 'RUNNING' ORDER BY id",
        row -> row.getLong(1));
  }

  /**
   * Claims up to {@code limit} pending items of the shipment for this transaction, passing over
   * those another replica's batch holds.
   */
  public List<Long> claimPending(long shipmentId, int limit) {
    return jdbc.list(
        """
        SELECT allocation_id FROM inventory_shipment_item
        WHERE shipment_id = ? AND status = 'PENDING' ORDER BY allocation_id
        LIMIT ? FOR UPDATE SKIP LOCKED
        """,
        row -> row.getLong(1),
        shipmentId,
        limit);
  }

  /** Records what each claimed item became and counts them on the shipment. */
  public void settle(long shipmentId, List<Long> ids, List<String> reasons) {
    long refused = reasons.stream().filter(r -> r != null).count();
    jdbc.update(
        """
        UPDATE inventory_shipment_item i
        SET status = CASE WHEN t.reason IS NULL THEN 'SHIPPED' ELSE 'REFUSED' END,
          reason = t.reason
        FROM unnest(?, ?) AS t(allocation_id, reason)
        WHERE i.shipment_id = ? AND i.allocation_id = t.allocation_id
        """,
        ids.toArray(Long[]::new),
        reasons.toArray(String[]::new),
        shipmentId);
    jdbc.update(
        "UPDATE inventory_shipment SET shipped = shipped + ?, refused = refused + ? WHERE id = ?",
        ids.size() - (int) refused,
        (int) refused,
        shipmentId);
  }

  /** SUCCEEDED once no item is pending (one still claimed by another batch counts as pending). */
  public void finishIfDone(long shipmentId, Instant now) {
    jdbc.update(
        """
        UPDATE inventory_shipment SET status = 'SUCCEEDED', finished_at = ?
        WHERE id = ? AND status = 'RUNNING' AND NOT EXISTS (
          SELECT 1 FROM inventory_shipment_item
          WHERE shipment_id = ? AND status = 'PENDING')
        """,
        now,
        shipmentId,
        shipmentId);
  }

  /** Items in allocation id order after {@code after}, of one status when given. */
  public List<ShipmentItem> items(long shipmentId, String status, Long after, int limit) {
    return jdbc.list(
        """
        SELECT allocation_id, status, reason FROM inventory_shipment_item
        WHERE shipment_id = ? AND (CAST(? AS varchar) IS NULL OR status = ?)
        AND (CAST(? AS bigint) IS NULL OR allocation_id > ?) ORDER BY allocation_id LIMIT ?
        """,
        row -> new ShipmentItem(row.getLong(1), row.getString(2), row.getString(3)),
        shipmentId,
        status,
        status,
        after,
        after,
        limit);
  }

  private static Shipment shipment(ResultSet row) throws SQLException {
    return new Shipment(
        row.getLong(1),
        row.getString(2),
        (Long) row.getObject(3),
        row.getString(4),
        row.getInt(5),
        row.getInt(6),
        row.getInt(7),
        row.getString(8),
        row.getTimestamp(9).toInstant(),
        row.getTimestamp(10) == null ? null : row.getTimestamp(10).toInstant());
  }
}
