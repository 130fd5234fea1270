package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.BoxReservation;
import me.snaq.inventory.shared.database.Jdbc;

/** Set-based statements for an assignment run's allocations: thousands of boxes a statement. */
@ApplicationScoped
public class BulkReservationQueries {
  private final Jdbc jdbc;

  public BulkReservationQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** House units the boxes take, per brand and product. */
  public Map<String, Map<String, Integer>> houseUnits(List<BoxReservation> boxes) {
    List<String> brands = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    List<Long> lots = new ArrayList<>();
    for (BoxReservation box : boxes) {
      for (BoxReservation.Unit unit : box.units()) {
        brands.add(box.brand());
        skus.add(unit.sku());
        lots.add(unit.lotId());
      }
    }
    Map<String, Map<String, Integer>> units = new HashMap<>();
    jdbc.list(
            """
            SELECT u.brand, u.sku, count(*) FROM unnest(?, ?, ?) AS u(brand, sku, lot_id)
            JOIN inventory_lot l ON l.id = u.lot_id AND l.owner = 'house'
            GROUP BY u.brand, u.sku
            """,
            row -> new Object[] {row.getString(1), row.getString(2), row.getInt(3)},
            brands.toArray(String[]::new),
            skus.toArray(String[]::new),
            lots.toArray(Long[]::new))
        .forEach(
            row ->
                units
                    .computeIfAbsent((String) row[0], b -> new HashMap<>())
                    .put((String) row[1], (Integer) row[2]));
    return units;
  }

  /** One FIRM allocation per box, its lines and picks; returns the allocations written. */
  public int insertAllocations(
      long runId,
      String referencePrefix,
      LocalDate deliveryDate,
      List<BoxReservation> boxes,
      List<Long> ids,
      String actor,
      Instant now) {
    List<Long> allocationOfUnit = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    List<Long> lots = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (BoxReservation.Unit unit : boxes.get(i).units()) {
        allocationOfUnit.add(ids.get(i));
        skus.add(unit.sku());
        lots.add(unit.lotId());
      }
    }
    int written =
        jdbc.update(
            """
            INSERT INTO inventory_allocation (id, brand_code, reference, subscriber_id,
            delivery_date, state, allow_partial, short, created_by, created_at,
            updated_at, version, run_id)
            SELECT b.id, b.brand, ? || b.subscriber, b.subscriber, ?, 'ALLOCATED',
            false, false, ?, ?, ?, 0, ? FROM unnest(?, ?, ?) AS b(id, brand, subscriber)
            """,
            referencePrefix,
            deliveryDate,
            actor,
            now,
            now,
            runId,
            ids.toArray(Long[]::new),
            boxes.stream().map(BoxReservation::brand).toArray(String[]::new),
            boxes.stream().map(BoxReservation::subscriberId).toArray(String[]::new));
    jdbc.update(
        """
        INSERT INTO inventory_allocation_line (allocation_id, sku, requested, allocated)
        SELECT u.allocation_id, u.sku, 1, 1 FROM unnest(?, ?) AS u(allocation_id, sku)
        """,
        allocationOfUnit.toArray(Long[]::new),
        skus.toArray(String[]::new));
    jdbc.update(
        """
        INSERT INTO inventory_allocation_pick (allocation_id, sku, lot_id, lot_code,
        best_before, owner, quantity)
        SELECT u.allocation_id, u.sku, l.id, l.lot_code, l.best_before, l.owner, 1
        FROM unnest(?, ?, ?) AS u(allocation_id, sku, lot_id)
        JOIN inventory_lot l ON l.id = u.lot_id
        """,
        allocationOfUnit.toArray(Long[]::new),
        skus.toArray(String[]::new),
        lots.toArray(Long[]::new));
    return written;
  }

  /** A unit still reserved by an open allocation of a run. */
  public record OpenPick(String brand, String sku, long lotId, int quantity, boolean house) {}

  /** The SKUs a run's open allocations hold, sorted, read without locking anything. */
  public List<String> openSkusOfRun(long runId) {
    return jdbc.list(
        """
        SELECT DISTINCT p.sku FROM inventory_allocation a JOIN inventory_allocation_pick p
        ON p.allocation_id = a.id WHERE a.run_id = ?
        AND a.state IN ('HELD', 'ALLOCATED') ORDER BY p.sku
        """,
        row -> row.getString(1),
        runId);
  }

  public List<OpenPick> openPicksOfRun(long runId) {
    return jdbc.list(
        """
        SELECT a.brand_code, p.sku, p.lot_id, p.quantity, p.owner = 'house'
        FROM inventory_allocation a JOIN inventory_allocation_pick p
        ON p.allocation_id = a.id WHERE a.run_id = ?
        AND a.state IN ('HELD', 'ALLOCATED') ORDER BY p.lot_id FOR UPDATE OF a
        """,
        row ->
            new OpenPick(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                row.getInt(4),
                row.getBoolean(5)),
        runId);
  }

  public List<Long> releaseAllocations(long runId, Instant now) {
    return jdbc.list(
        """
        UPDATE inventory_allocation SET state = 'RELEASED', end_reason = 'RUN_CANCELLED',
        updated_at = ?, version = version + 1
        WHERE run_id = ? AND state IN ('HELD', 'ALLOCATED')
        RETURNING id
        """,
        row -> row.getLong(1),
        now,
        runId);
  }
}
