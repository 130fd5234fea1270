package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The stock side of allocations, written for the database: per-product locks taken in SKU order,
 * conditional updates of lots that can never reserve more than is on hand, and the ledger rows of a
 * whole allocation in one statement. Plain JDBC: this is the hot path.
 */
@ApplicationScoped
public class ReservationQueries {
  private final Jdbc jdbc;

  public ReservationQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serializes reservation decisions per product (quotas and ring-fences are per product) for the
   * rest of the transaction. Callers pass SKUs sorted, so two allocations never wait on each other
   * in opposite orders; one statement locks them in that order.
   */
  public void lockProducts(List<String> sortedSkus) {
    if (sortedSkus.isEmpty()) {
      return;
    }
    jdbc.execute(
        "SELECT count(pg_advisory_xact_lock(hashtext('inventory-product:' || s.sku)))"
            + " FROM (SELECT sku FROM unnest(CAST(? AS varchar[])) WITH ORDINALITY AS u(sku, n)"
            + " ORDER BY n) s",
        (Object) sortedSkus.toArray(String[]::new));
  }

  /** Usable lots of the product, of these owners, FEFO, with their free units. */
  public List<FefoLot> candidates(String sku, List<String> owners, LocalDate floorDate) {
    return jdbc.list(
        "SELECT id, lot_code, owner, best_before, received_at, location, on_hand - reserved"
            + " FROM inventory_lot WHERE sku = ? AND status = 'AVAILABLE'"
            + " AND best_before >= ? AND owner = ANY(?)"
            + " AND on_hand > reserved ORDER BY best_before, received_at, id",
        StockQueries::fefoLot,
        sku,
        floorDate,
        owners.toArray(String[]::new));
  }

  /**
   * Reserves units of a lot unless a concurrent change left too few: the condition and the {@code
   * reserved <= on_hand} check make an oversell impossible whatever the interleaving.
   */
  public boolean reserve(long lotId, int units, Instant now) {
    return jdbc.update(
            "UPDATE inventory_lot SET reserved = reserved + ?, version = version + 1,"
                + " updated_at = ? WHERE id = ? AND status = 'AVAILABLE'"
                + " AND on_hand - reserved >= ?",
            units,
            now,
            lotId,
            units)
        == 1;
  }

  /** Gives reserved units back to the lot. */
  public void unreserve(long lotId, int units, Instant now) {
    jdbc.update(
        "UPDATE inventory_lot SET reserved = reserved - ?, version = version + 1,"
            + " updated_at = ? WHERE id = ?",
        units,
        now,
        lotId);
  }

  /** Ships reserved units: they leave on hand; an emptied lot becomes DEPLETED (unless held). */
  public void ship(long lotId, int units, Instant now) {
    jdbc.update(
        "UPDATE inventory_lot SET on_hand = on_hand - ?, reserved = reserved - ?,"
            + " status = CASE WHEN on_hand - ? = 0 AND status IN ('AVAILABLE', 'EXPIRED')"
            + " THEN 'DEPLETED' ELSE status END, version = version + 1, updated_at = ?"
            + " WHERE id = ?",
        units,
        units,
        units,
        now,
        lotId);
  }

  /**
   * Writes a new allocation with its lines, its picks and one RESERVE movement per pick (reference
   * {@code allocation:<id>}, each lot's status read in the same statement) in one statement, and
   * returns its id, the sequence's next value (as for a run's allocations; see {@code
   * Allocation.id}).
   */
  public long insertAllocation(Allocation allocation, String actor) {
    List<AllocationLine> lines = allocation.lines();
    List<AllocationPick> picks = allocation.picks();
    return jdbc.list(
            "WITH a AS (INSERT INTO inventory_allocation (id, brand_code, reference,"
                + " subscriber_id, delivery_date, state, hold_until, allow_partial, short,"
                + " end_reason, created_by, created_at, updated_at, version)"
                + " VALUES (nextval('inventory_allocation_seq'), ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?,"
                + " ?, ?, ?) RETURNING id),"
                + " l AS (INSERT INTO inventory_allocation_line (allocation_id, sku, requested,"
                + " allocated) SELECT a.id, t.sku, t.requested, t.allocated"
                + " FROM a, unnest(?, ?, ?) AS t(sku, requested, allocated)),"
                + " p AS (INSERT INTO inventory_allocation_pick (allocation_id, sku, lot_id,"
                + " lot_code, best_before, owner, quantity)"
                + " SELECT a.id, t.sku, t.lot_id, t.lot_code, t.best_before, t.owner, t.quantity"
                + " FROM a, unnest(?, ?, ?, ?, ?, ?)"
                + " AS t(sku, lot_id, lot_code, best_before, owner, quantity)),"
                + " m AS (INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta,"
                + " reserved_delta, status_after, reason, reference, actor, occurred_at)"
                + " SELECT t.lot_id, l.sku, l.owner, 'RESERVE', 0, t.quantity, l.status, NULL,"
                + " 'allocation:' || a.id, ?, ? FROM a, unnest(?, ?) AS t(lot_id, quantity)"
                + " JOIN inventory_lot l ON l.id = t.lot_id)"
                + " SELECT id FROM a",
            row -> row.getLong(1),
            allocation.brand(),
            allocation.reference(),
            allocation.subscriberId(),
            allocation.deliveryDate(),
            allocation.state().name(),
            allocation.holdUntil(),
            allocation.allowPartial(),
            allocation.isShort(),
            allocation.createdBy(),
            allocation.createdAt(),
            allocation.updatedAt(),
            allocation.version(),
            lines.stream().map(AllocationLine::sku).toArray(String[]::new),
            lines.stream().map(AllocationLine::requested).toArray(Integer[]::new),
            lines.stream().map(AllocationLine::allocated).toArray(Integer[]::new),
            picks.stream().map(AllocationPick::sku).toArray(String[]::new),
            picks.stream().map(AllocationPick::lotId).toArray(Long[]::new),
            picks.stream().map(AllocationPick::lotCode).toArray(String[]::new),
            picks.stream().map(AllocationPick::bestBefore).toArray(LocalDate[]::new),
            picks.stream().map(AllocationPick::owner).toArray(String[]::new),
            picks.stream().map(AllocationPick::quantity).toArray(Integer[]::new),
            actor,
            allocation.createdAt(),
            picks.stream().map(AllocationPick::lotId).toArray(Long[]::new),
            picks.stream().map(AllocationPick::quantity).toArray(Integer[]::new))
        .get(0);
  }

  /**
   * Appends one movement per pick in one statement; the status recorded is each lot's status after
   * the change, read in the same statement.
   */
  public void recordMovements(
      List<AllocationPick> picks, MovementType type, String reference, String actor, Instant now) {
    Map<Long, Integer> unitsPerLot = new LinkedHashMap<>();
    picks.forEach(p -> unitsPerLot.merge(p.lotId(), p.quantity(), Integer::sum));
    recordMovements(unitsPerLot, type, reference, actor, now);
  }

  /** Appends one movement per lot (a run's whole reservation, say) in one statement. */
  public void recordMovements(
      Map<Long, Integer> unitsPerLot,
      MovementType type,
      String reference,
      String actor,
      Instant now) {
    if (unitsPerLot.isEmpty()) {
      return;
    }
    int onHandSign = type == MovementType.SHIP ? -1 : 0;
    int reservedSign = type == MovementType.RESERVE ? 1 : -1;
    jdbc.update(
        "INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta,"
            + " reserved_delta, status_after, reason, reference, actor, occurred_at)"
            + " SELECT t.lot_id, l.sku, l.owner, ?, t.units * ?, t.units * ?,"
            + " l.status, NULL, ?, ?, ?"
            + " FROM unnest(?, ?) AS t(lot_id, units)"
            + " JOIN inventory_lot l ON l.id = t.lot_id",
        type.name(),
        onHandSign,
        reservedSign,
        reference,
        actor,
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new));
  }

  /**
   * Adds (sign 1) or removes (sign -1) house units the brand holds reserved, for several products
   * in one statement. Removal updates existing rows only (a negative insert would break the {@code
   * units >= 0} check before any conflict is considered).
   */
  public void changeHouseClaims(String brand, Map<String, Integer> unitsBySku, int sign) {
    if (unitsBySku.isEmpty()) {
      return;
    }
    String[] skus = unitsBySku.keySet().toArray(String[]::new);
    Integer[] units = unitsBySku.values().toArray(Integer[]::new);
    if (sign < 0) {
      jdbc.update(
          "UPDATE inventory_house_claim c SET units = c.units - t.units"
              + " FROM unnest(?, ?) AS t(sku, units) WHERE c.brand_code = ? AND c.sku = t.sku",
          skus,
          units,
          brand);
      return;
    }
    jdbc.update(
        "INSERT INTO inventory_house_claim (brand_code, sku, units)"
            + " SELECT ?, t.sku, t.units FROM unnest(?, ?) AS t(sku, units)"
            + " ON CONFLICT (brand_code, sku) DO UPDATE"
            + " SET units = inventory_house_claim.units + EXCLUDED.units",
        brand,
        skus,
        units);
  }
}
