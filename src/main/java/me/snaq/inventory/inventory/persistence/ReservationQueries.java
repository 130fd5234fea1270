package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
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

  /**
   * Lots of these products and owners that are available, have free units and are good through
   * {@code usableFrom}: per product, in FEFO order (earliest best-before, then earliest receipt).
   */
  public Map<String, List<FefoLot>> candidates(
      List<String> skus, List<String> owners, LocalDate usableFrom) {
    Map<String, List<FefoLot>> bySku = new HashMap<>();
    jdbc.list(
            "SELECT id, lot_code, owner, best_before, received_at, location, on_hand - reserved,"
                + " sku FROM inventory_lot WHERE sku = ANY(?) AND status = 'AVAILABLE'"
                + " AND best_before >= ? AND owner = ANY(?) AND on_hand > reserved"
                + " ORDER BY sku, best_before, received_at, id",
            row -> Map.entry(row.getString(8), StockQueries.fefoLot(row)),
            skus.toArray(String[]::new),
            usableFrom,
            owners.toArray(String[]::new))
        .forEach(e -> bySku.computeIfAbsent(e.getKey(), s -> new ArrayList<>()).add(e.getValue()));
    return bySku;
  }

  /**
   * Reserves units of many lots in one statement, each only if the lot is available and still has
   * them (so no interleaving can oversell); returns the lots reserved.
   */
  public Set<Long> reserveLots(Map<Long, Integer> unitsPerLot, Instant now) {
    return new HashSet<>(
        jdbc.list(
            "UPDATE inventory_lot l SET reserved = l.reserved + t.units, version = l.version + 1,"
                + " updated_at = ? FROM unnest(?, ?) AS t(lot_id, units)"
                + " WHERE l.id = t.lot_id AND l.status = 'AVAILABLE'"
                + " AND l.on_hand - l.reserved >= t.units RETURNING l.id",
            row -> row.getLong(1),
            now,
            unitsPerLot.keySet().toArray(Long[]::new),
            unitsPerLot.values().toArray(Integer[]::new)));
  }

  /** Gives reserved units back to many lots in one statement. */
  public void unreserveLots(Map<Long, Integer> unitsPerLot, Instant now) {
    if (unitsPerLot.isEmpty()) {
      return;
    }
    jdbc.update(
        "UPDATE inventory_lot l SET reserved = l.reserved - t.units, version = l.version + 1,"
            + " updated_at = ? FROM unnest(?, ?) AS t(lot_id, units) WHERE l.id = t.lot_id",
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new));
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

  /** Ids for new allocations, from the sequence (see {@code Allocation.id}). */
  public List<Long> newAllocationIds(int count) {
    return jdbc.list(
        "SELECT nextval('inventory_allocation_seq') FROM generate_series(1, ?)",
        row -> row.getLong(1),
        count);
  }

  /**
   * Reserves the units of every lot (each only if it is available and still has them, so no
   * interleaving can oversell) and, only if every lot could give its units, writes the allocations
   * under the ids given (in order; extra ids stay unused) with their lines, their picks, one
   * RESERVE movement per pick (reference {@code allocation:<id>}) and the house units each brand
   * now holds: one statement. Returns the lots reserved; fewer than asked means nothing else was
   * written and the caller gives those back.
   */
  public Set<Long> reserveAndInsert(
      Map<Long, Integer> unitsPerLot, List<Allocation> allocations, List<Long> ids, Instant now) {
    List<Long> allocationIds = ids.subList(0, allocations.size());
    Map<Allocation, Long> idOf = new java.util.IdentityHashMap<>();
    for (int i = 0; i < allocations.size(); i++) {
      idOf.put(allocations.get(i), allocationIds.get(i));
    }
    Rows lines = new Rows();
    Rows picks = new Rows();
    for (Allocation allocation : allocations) {
      allocation.lines().forEach(line -> lines.add(allocation, line, null));
      allocation.picks().forEach(pick -> picks.add(allocation, null, pick));
    }
    Long[] lineAllocations = map(lines.owners, idOf::get, Long[]::new);
    Long[] pickAllocations = map(picks.owners, idOf::get, Long[]::new);
    Set<Long> reserved =
        new HashSet<>(
            jdbc.list(
                "WITH r AS (UPDATE inventory_lot l SET reserved = l.reserved + t.units,"
                    + " version = l.version + 1, updated_at = ?"
                    + " FROM unnest(?, ?) AS t(lot_id, units) WHERE l.id = t.lot_id"
                    + " AND l.status = 'AVAILABLE' AND l.on_hand - l.reserved >= t.units"
                    + " RETURNING l.id),"
                    + " ok AS (SELECT count(*) = ? AS every_lot FROM r),"
                    + " a AS (INSERT INTO inventory_allocation (id, brand_code, reference,"
                    + " subscriber_id, delivery_date, state, hold_until, allow_partial, short,"
                    + " end_reason, created_by, created_at, updated_at, version)"
                    + " SELECT t.id, t.brand, t.reference, t.subscriber, t.delivery_date, t.state,"
                    + " t.hold_until, t.allow_partial, t.short, NULL, t.created_by, t.created_at,"
                    + " t.created_at, 0 FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " AS t(id, brand, reference, subscriber, delivery_date, state, hold_until,"
                    + " allow_partial, short, created_by, created_at), ok WHERE ok.every_lot),"
                    + " li AS (INSERT INTO inventory_allocation_line (allocation_id, sku,"
                    + " requested, allocated) SELECT t.* FROM unnest(?, ?, ?, ?) AS t, ok"
                    + " WHERE ok.every_lot),"
                    + " p AS (INSERT INTO inventory_allocation_pick (allocation_id, sku, lot_id,"
                    + " lot_code, best_before, owner, quantity)"
                    + " SELECT t.* FROM unnest(?, ?, ?, ?, ?, ?, ?) AS t, ok WHERE ok.every_lot),"
                    + " c AS (INSERT INTO inventory_house_claim (brand_code, sku, units)"
                    + " SELECT t.brand, t.sku, sum(t.quantity) FROM unnest(?, ?, ?, ?)"
                    + " AS t(brand, sku, owner, quantity), ok"
                    + " WHERE ok.every_lot AND t.owner = 'house'"
                    + " GROUP BY t.brand, t.sku ORDER BY t.brand, t.sku"
                    + " ON CONFLICT (brand_code, sku) DO UPDATE"
                    + " SET units = inventory_house_claim.units + EXCLUDED.units),"
                    + " m AS (INSERT INTO inventory_movement (lot_id, sku, owner, type,"
                    + " on_hand_delta, reserved_delta, status_after, reason, reference, actor,"
                    + " occurred_at)"
                    + " SELECT t.lot_id, l.sku, l.owner, 'RESERVE', 0, t.quantity, l.status, NULL,"
                    + " 'allocation:' || t.allocation_id, t.actor, t.occurred_at"
                    + " FROM unnest(?, ?, ?, ?, ?) AS t(allocation_id, lot_id, quantity, actor,"
                    + " occurred_at) JOIN inventory_lot l ON l.id = t.lot_id, ok"
                    + " WHERE ok.every_lot)"
                    + " SELECT id FROM r",
                row -> row.getLong(1),
                now,
                unitsPerLot.keySet().toArray(Long[]::new),
                unitsPerLot.values().toArray(Integer[]::new),
                unitsPerLot.size(),
                allocationIds.toArray(Long[]::new),
                map(allocations, Allocation::brand, String[]::new),
                map(allocations, Allocation::reference, String[]::new),
                map(allocations, Allocation::subscriberId, String[]::new),
                map(allocations, Allocation::deliveryDate, LocalDate[]::new),
                map(allocations, a -> a.state().name(), String[]::new),
                map(allocations, Allocation::holdUntil, Instant[]::new),
                map(allocations, Allocation::allowPartial, Boolean[]::new),
                map(allocations, Allocation::isShort, Boolean[]::new),
                map(allocations, Allocation::createdBy, String[]::new),
                map(allocations, Allocation::createdAt, Instant[]::new),
                lineAllocations,
                map(lines.lines, AllocationLine::sku, String[]::new),
                map(lines.lines, AllocationLine::requested, Integer[]::new),
                map(lines.lines, AllocationLine::allocated, Integer[]::new),
                pickAllocations,
                map(picks.picks, AllocationPick::sku, String[]::new),
                map(picks.picks, AllocationPick::lotId, Long[]::new),
                map(picks.picks, AllocationPick::lotCode, String[]::new),
                map(picks.picks, AllocationPick::bestBefore, LocalDate[]::new),
                map(picks.picks, AllocationPick::owner, String[]::new),
                map(picks.picks, AllocationPick::quantity, Integer[]::new),
                map(picks.owners, Allocation::brand, String[]::new),
                map(picks.picks, AllocationPick::sku, String[]::new),
                map(picks.picks, AllocationPick::owner, String[]::new),
                map(picks.picks, AllocationPick::quantity, Integer[]::new),
                pickAllocations,
                map(picks.picks, AllocationPick::lotId, Long[]::new),
                map(picks.picks, AllocationPick::quantity, Integer[]::new),
                map(picks.owners, Allocation::createdBy, String[]::new),
                map(picks.owners, Allocation::createdAt, Instant[]::new)));
    if (reserved.size() == unitsPerLot.size()) {
      idOf.forEach(Allocation::stored);
    }
    return reserved;
  }

  private static <T, R> R[] map(List<T> items, Function<T, R> field, IntFunction<R[]> array) {
    return items.stream().map(field).toArray(array);
  }

  /** Lines or picks of several allocations, each with the allocation it belongs to. */
  private static final class Rows {
    private final List<Allocation> owners = new ArrayList<>();
    private final List<AllocationLine> lines = new ArrayList<>();
    private final List<AllocationPick> picks = new ArrayList<>();

    void add(Allocation owner, AllocationLine line, AllocationPick pick) {
      owners.add(owner);
      if (line != null) {
        lines.add(line);
      }
      if (pick != null) {
        picks.add(pick);
      }
    }
  }

  /**
   * Appends one movement per pick in one statement; the status recorded is each lot's status after
   * the change, read in the same statement.
   */
  public void recordMovements(
      List<AllocationPick> picks, MovementType type, String reference, String actor, Instant now) {
    recordMovements(unitsPerLot(picks), type, reference, actor, now);
  }

  /** Units per lot of these picks, lots in the order first picked. */
  public static Map<Long, Integer> unitsPerLot(List<AllocationPick> picks) {
    Map<Long, Integer> units = new LinkedHashMap<>();
    picks.forEach(p -> units.merge(p.lotId(), p.quantity(), Integer::sum));
    return units;
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
   * Adds (sign 1) or removes (sign -1) the house units brands hold reserved, given per brand and
   * product, in one statement. Removal updates existing rows only (a negative insert would break
   * the {@code units >= 0} check before any conflict is considered).
   */
  public void changeHouseClaims(Map<String, Map<String, Integer>> unitsByBrandAndSku, int sign) {
    List<String> brands = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    unitsByBrandAndSku.forEach(
        (brand, bySku) ->
            bySku.forEach(
                (sku, count) -> {
                  brands.add(brand);
                  skus.add(sku);
                  units.add(count);
                }));
    if (brands.isEmpty()) {
      return;
    }
    Object[] rows = {
      brands.toArray(String[]::new), skus.toArray(String[]::new), units.toArray(Integer[]::new)
    };
    if (sign < 0) {
      jdbc.update(
          "UPDATE inventory_house_claim c SET units = c.units - t.units"
              + " FROM unnest(?, ?, ?) AS t(brand, sku, units)"
              + " WHERE c.brand_code = t.brand AND c.sku = t.sku",
          rows);
      return;
    }
    jdbc.update(
        "INSERT INTO inventory_house_claim (brand_code, sku, units)"
            + " SELECT * FROM unnest(?, ?, ?) ORDER BY 1, 2"
            + " ON CONFLICT (brand_code, sku) DO UPDATE"
            + " SET units = inventory_house_claim.units + EXCLUDED.units",
        rows);
  }
}
