package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.inventory.BoxReservation;
import me.snaq.inventory.shared.database.Jdbc;

/** Set-based statements for an assignment run's allocations: thousands of boxes a statement. */
@ApplicationScoped
public class BulkReservationQueries {
  private final Jdbc jdbc;

  public BulkReservationQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** What a pick copies from its lot. */
  public record LotFacts(String lotCode, LocalDate bestBefore, String owner) {
    boolean house() {
      return HouseBrand.CODE.equals(owner);
    }
  }

  /** The code, best-before and owner of each lot, by id (a run's few thousand lots). */
  public Map<Long, LotFacts> lotFacts(Collection<Long> lotIds) {
    Map<Long, LotFacts> facts = new HashMap<>();
    jdbc.list(
            "SELECT id, lot_code, best_before, owner FROM inventory_lot WHERE id = ANY (?)",
            row ->
                Map.entry(
                    row.getLong(1),
                    new LotFacts(
                        row.getString(2), row.getObject(3, LocalDate.class), row.getString(4))),
            (Object) lotIds.toArray(Long[]::new))
        .forEach(entry -> facts.put(entry.getKey(), entry.getValue()));
    return facts;
  }

  /** House units the boxes take, per brand and product. */
  public static Map<String, Map<String, Integer>> houseUnits(
      List<BoxReservation> boxes, Map<Long, LotFacts> lots) {
    Map<String, Map<String, Integer>> units = new HashMap<>();
    for (BoxReservation box : boxes) {
      for (BoxReservation.Unit unit : box.units()) {
        if (lots.get(unit.lotId()).house()) {
          units
              .computeIfAbsent(box.brand(), b -> new HashMap<>())
              .merge(unit.sku(), 1, Integer::sum);
        }
      }
    }
    return units;
  }

  /**
   * One FIRM allocation per box, its lines and picks, streamed with COPY (a 100,000-box run writes
   * about 1.45 million rows); returns the allocations written.
   */
  public int insertAllocations(
      long runId,
      String referencePrefix,
      LocalDate deliveryDate,
      List<BoxReservation> boxes,
      List<Long> ids,
      Map<Long, LotFacts> lots,
      String actor,
      Instant now) {
    long written =
        jdbc.copyIn(
            """
            COPY inventory_allocation (id, brand_code, reference, subscriber_id, delivery_date,
            state, allow_partial, short, created_by, created_at, updated_at, version, run_id)
            FROM STDIN
            """,
            rows -> {
              for (int i = 0; i < boxes.size(); i++) {
                BoxReservation box = boxes.get(i);
                rows.row(
                    ids.get(i),
                    box.brand(),
                    referencePrefix + box.subscriberId(),
                    box.subscriberId(),
                    deliveryDate,
                    "ALLOCATED",
                    false,
                    false,
                    actor,
                    now,
                    now,
                    0,
                    runId);
              }
            });
    jdbc.copyIn(
        "COPY inventory_allocation_line (allocation_id, sku, requested, allocated) FROM STDIN",
        rows -> eachUnit(boxes, ids, (id, unit) -> rows.row(id, unit.sku(), 1, 1)));
    jdbc.copyIn(
        """
        COPY inventory_allocation_pick (allocation_id, sku, lot_id, lot_code, best_before, owner,
        quantity) FROM STDIN
        """,
        rows ->
            eachUnit(
                boxes,
                ids,
                (id, unit) -> {
                  LotFacts lot = lots.get(unit.lotId());
                  rows.row(
                      id,
                      unit.sku(),
                      unit.lotId(),
                      lot.lotCode(),
                      lot.bestBefore(),
                      lot.owner(),
                      1);
                }));
    return (int) written;
  }

  private static void eachUnit(
      List<BoxReservation> boxes, List<Long> ids, BiConsumer<Long, BoxReservation.Unit> action) {
    for (int i = 0; i < boxes.size(); i++) {
      for (BoxReservation.Unit unit : boxes.get(i).units()) {
        action.accept(ids.get(i), unit);
      }
    }
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
