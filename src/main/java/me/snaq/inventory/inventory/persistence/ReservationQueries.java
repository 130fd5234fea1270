package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.FreeStock;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The stock side of allocations, written for the database: per-product locks taken in SKU order,
 * conditional updates of lots that can never reserve more than is on hand, and the ledger rows of a
 * whole allocation in one statement. Plain JDBC: this is the hot path.
 */
@ApplicationScoped
public class ReservationQueries {
  /**
   * Reserves units of lots given as {@code unnest(lot ids, units)} after the instant: each lot only
   * if it is available and still has them, so no interleaving can oversell.
   */
  private static final String RESERVE_LOTS =
      "UPDATE inventory_lot l SET reserved = l.reserved + t.units, version = l.version + 1,"
          + " updated_at = ? FROM unnest(?, ?) AS t(lot_id, units)"
          + " WHERE l.id = t.lot_id AND l.status = 'AVAILABLE'"
          + " AND l.on_hand - l.reserved >= t.units";

  /** Ends an insert of house claims: a brand's existing claim on a product grows instead. */
  private static final String ADD_TO_HOUSE_CLAIM =
      " ON CONFLICT (brand_code, sku) DO UPDATE"
          + " SET units = inventory_house_claim.units + EXCLUDED.units";

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
    jdbc.read(lock(sortedSkus));
  }

  private static Jdbc.Read<Void> lock(List<String> sortedSkus) {
    return new Jdbc.Read<>(
        "SELECT count(pg_advisory_xact_lock(hashtext('inventory-product:' || s.sku)))"
            + " FROM (SELECT sku FROM unnest(CAST(? AS varchar[])) WITH ORDINALITY AS u(sku, n)"
            + " ORDER BY n) s",
        new Object[] {sortedSkus.toArray(String[]::new)},
        rows -> null);
  }

  /**
   * Locks the products ({@link #lockProducts}) and reads their free stock ({@link #freeStock}) in
   * one round trip: the read runs once every lock is held, so it sees all the previous holders
   * committed.
   */
  public FreeStock lockAndReadFreeStock(
      List<String> sortedSkus,
      List<String> owners,
      LocalDate usableFrom,
      Instant now,
      List<QuotaInfo> quotas) {
    Jdbc.Read<FreeStock> free = freeStockRead(sortedSkus, owners, usableFrom, now, quotas);
    return jdbc.readAll(List.of(lock(sortedSkus), free)).of(free);
  }

  /**
   * The free stock of these products in one statement: the lots of these owners that are available,
   * have free units and are good through {@code usableFrom}, per product in FEFO order (earliest
   * best-before, then earliest receipt); and the house units each brand holds.
   */
  public FreeStock freeStock(
      List<String> skus,
      List<String> owners,
      LocalDate usableFrom,
      Instant now,
      List<QuotaInfo> quotas) {
    return jdbc.read(freeStockRead(skus, owners, usableFrom, now, quotas));
  }

  private static Jdbc.Read<FreeStock> freeStockRead(
      List<String> skus,
      List<String> owners,
      LocalDate usableFrom,
      Instant now,
      List<QuotaInfo> quotas) {
    String[] products = skus.toArray(String[]::new);
    String sql =
        "WITH "
            + StockQueries.LAPSED
            + " SELECT id, lot_code, owner, best_before, received_at, location,"
            + " on_hand - reserved AS free, sku, NULL AS claim_brand FROM inventory_lot"
            + " WHERE sku = ANY(?) AND status = 'AVAILABLE' AND best_before >= ?"
            + " AND owner = ANY(?) AND on_hand > reserved"
            + " UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, claims.*"
            + " FROM (SELECT units, sku, brand_code FROM ("
            + StockQueries.HOUSE_CLAIMS
            + ") AS c(sku, brand_code, units)) claims"
            + " ORDER BY 8, 4, 5, 1";
    return new Jdbc.Read<>(
        sql,
        new Object[] {now, products, usableFrom, owners.toArray(String[]::new), products},
        rows -> {
          Map<String, List<FefoLot>> lots = new HashMap<>();
          Map<String, Map<String, Integer>> houseHeld = new HashMap<>();
          while (rows.next()) {
            String sku = rows.getString(8);
            String claimBrand = rows.getString(9);
            if (claimBrand != null) {
              houseHeld.computeIfAbsent(sku, s -> new HashMap<>()).put(claimBrand, rows.getInt(7));
            } else {
              lots.computeIfAbsent(sku, s -> new ArrayList<>()).add(StockQueries.fefoLot(rows));
            }
          }
          return new FreeStock(lots, houseHeld, quotas);
        });
  }

  /**
   * Reserves units of many lots in one statement, each only if the lot is available and still has
   * them (so no interleaving can oversell); returns how many lots it reserved.
   */
  public int reserveLots(Map<Long, Integer> unitsPerLot, Instant now) {
    return jdbc.update(
        RESERVE_LOTS,
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new));
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
   * Reserves the units every allocation's picks take (each lot only if it is available and still
   * has them, so no interleaving can oversell) and, only if every lot could give its units, writes
   * the allocations (ids from the sequence; see {@code Allocation.id}) with their lines, their
   * picks, one RESERVE movement per pick (reference {@code allocation:<id>}) and the house units
   * each brand now holds: one statement. The allocations must differ in brand or reference (their
   * rows are matched by them). Returns whether it wrote them; if a lot could not give its units,
   * nothing is written and the units the other lots gave are given back.
   */
  public boolean reserveAndInsert(List<Allocation> allocations, Instant now) {
    List<Owned<AllocationLine>> lines = new ArrayList<>();
    List<Owned<AllocationPick>> picks = new ArrayList<>();
    for (Allocation allocation : allocations) {
      allocation.lines().forEach(line -> lines.add(new Owned<>(allocation, line)));
      allocation.picks().forEach(pick -> picks.add(new Owned<>(allocation, pick)));
    }
    Map<Long, Integer> unitsPerLot = unitsPerLot(picks.stream().map(Owned::row).toList());
    Set<Long> reserved = new HashSet<>();
    Map<List<String>, Long> ids = new HashMap<>();
    jdbc.list(
        "WITH r AS ("
            + RESERVE_LOTS
            + " RETURNING l.id),"
            + " ok AS (SELECT count(*) = ? AS every_lot FROM r),"
            + " a AS (INSERT INTO inventory_allocation (id, brand_code, reference,"
            + " subscriber_id, delivery_date, state, hold_until, allow_partial, short,"
            + " end_reason, created_by, created_at, updated_at, version)"
            + " SELECT nextval('inventory_allocation_seq'), t.brand, t.reference, t.subscriber,"
            + " t.delivery_date, t.state, t.hold_until, t.allow_partial, t.short, NULL,"
            + " t.created_by, t.created_at, t.created_at, 0"
            + " FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " AS t(brand, reference, subscriber, delivery_date, state, hold_until,"
            + " allow_partial, short, created_by, created_at), ok WHERE ok.every_lot"
            + " RETURNING id, brand_code, reference, created_by, created_at),"
            + " li AS (INSERT INTO inventory_allocation_line (allocation_id, sku, requested,"
            + " allocated) SELECT a.id, t.sku, t.requested, t.allocated"
            + " FROM unnest(?, ?, ?, ?, ?) AS t(brand, reference, sku, requested, allocated)"
            + " JOIN a ON a.brand_code = t.brand AND a.reference = t.reference),"
            + " pk AS (SELECT a.id AS allocation_id, a.brand_code, a.created_by, a.created_at, t.*"
            + " FROM unnest(?, ?, ?, ?, ?, ?, ?, ?)"
            + " AS t(brand, reference, sku, lot_id, lot_code, best_before, owner, quantity)"
            + " JOIN a ON a.brand_code = t.brand AND a.reference = t.reference),"
            + " p AS (INSERT INTO inventory_allocation_pick (allocation_id, sku, lot_id,"
            + " lot_code, best_before, owner, quantity) SELECT allocation_id, sku, lot_id,"
            + " lot_code, best_before, owner, quantity FROM pk),"
            + " c AS (INSERT INTO inventory_house_claim (brand_code, sku, units)"
            + " SELECT brand_code, sku, sum(quantity) FROM pk WHERE owner = 'house'"
            + " GROUP BY brand_code, sku ORDER BY brand_code, sku"
            + ADD_TO_HOUSE_CLAIM
            + "),"
            + " m AS (INSERT INTO inventory_movement (lot_id, sku, owner, type,"
            + " on_hand_delta, reserved_delta, status_after, reason, reference, actor,"
            + " occurred_at)"
            + " SELECT pk.lot_id, l.sku, l.owner, 'RESERVE', 0, pk.quantity, l.status, NULL,"
            + " 'allocation:' || pk.allocation_id, pk.created_by, pk.created_at"
            + " FROM pk JOIN inventory_lot l ON l.id = pk.lot_id)"
            + " SELECT id, NULL, NULL FROM r UNION ALL SELECT id, brand_code, reference FROM a",
        row -> {
          if (row.getString(2) == null) {
            reserved.add(row.getLong(1));
          } else {
            ids.put(List.of(row.getString(2), row.getString(3)), row.getLong(1));
          }
          return null;
        },
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new),
        unitsPerLot.size(),
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
        map(lines, l -> l.owner().brand(), String[]::new),
        map(lines, l -> l.owner().reference(), String[]::new),
        map(lines, l -> l.row().sku(), String[]::new),
        map(lines, l -> l.row().requested(), Integer[]::new),
        map(lines, l -> l.row().allocated(), Integer[]::new),
        map(picks, p -> p.owner().brand(), String[]::new),
        map(picks, p -> p.owner().reference(), String[]::new),
        map(picks, p -> p.row().sku(), String[]::new),
        map(picks, p -> p.row().lotId(), Long[]::new),
        map(picks, p -> p.row().lotCode(), String[]::new),
        map(picks, p -> p.row().bestBefore(), LocalDate[]::new),
        map(picks, p -> p.row().owner(), String[]::new),
        map(picks, p -> p.row().quantity(), Integer[]::new));
    if (reserved.size() < unitsPerLot.size()) {
      unitsPerLot.keySet().retainAll(reserved);
      unreserveLots(unitsPerLot, now);
      return false;
    }
    allocations.forEach(a -> a.stored(ids.get(List.of(a.brand(), a.reference()))));
    return true;
  }

  private static <T, R> R[] map(List<T> items, Function<T, R> field, IntFunction<R[]> array) {
    return items.stream().map(field).toArray(array);
  }

  /** A line or pick with the allocation it belongs to. */
  private record Owned<T>(Allocation owner, T row) {}

  /**
   * Appends, in one statement, one movement per lot each allocation picked, with the reference
   * {@code allocation:<id>}; the status recorded is each lot's status after the change, read in the
   * same statement.
   */
  public void recordMovements(
      List<Allocation> allocations, MovementType type, String actor, Instant now) {
    List<Long> lots = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    List<String> references = new ArrayList<>();
    for (Allocation allocation : allocations) {
      unitsPerLot(allocation.picks())
          .forEach(
              (lot, count) -> {
                lots.add(lot);
                units.add(count);
                references.add("allocation:" + allocation.id());
              });
    }
    insertMovements(lots, units, references, type, actor, now);
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
    insertMovements(
        List.copyOf(unitsPerLot.keySet()),
        List.copyOf(unitsPerLot.values()),
        Collections.nCopies(unitsPerLot.size(), reference),
        type,
        actor,
        now);
  }

  private void insertMovements(
      List<Long> lots,
      List<Integer> units,
      List<String> references,
      MovementType type,
      String actor,
      Instant now) {
    if (lots.isEmpty()) {
      return;
    }
    int onHandSign = type == MovementType.SHIP ? -1 : 0;
    int reservedSign = type == MovementType.RESERVE ? 1 : -1;
    jdbc.update(
        "INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta,"
            + " reserved_delta, status_after, reason, reference, actor, occurred_at)"
            + " SELECT t.lot_id, l.sku, l.owner, ?, t.units * ?, t.units * ?,"
            + " l.status, NULL, t.reference, ?, ?"
            + " FROM unnest(?, ?, ?) AS t(lot_id, units, reference)"
            + " JOIN inventory_lot l ON l.id = t.lot_id",
        type.name(),
        onHandSign,
        reservedSign,
        actor,
        now,
        lots.toArray(Long[]::new),
        units.toArray(Integer[]::new),
        references.toArray(String[]::new));
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
            + ADD_TO_HOUSE_CLAIM,
        rows);
  }
}
