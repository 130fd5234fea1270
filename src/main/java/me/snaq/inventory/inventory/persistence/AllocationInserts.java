package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.UnnestRows;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * New allocations, written for the database: the whole of a batch (lots reserved, allocations,
 * lines, picks, ledger rows, house claims and their {@code allocation.created} webhook events) in
 * one statement. Plain JDBC: this is the hot path.
 */
@ApplicationScoped
public class AllocationInserts {
  /**
   * The statement: lots reserved ({@code r}); the allocations, only if every lot gave its units
   * ({@code a}); their lines, picks, house claims and RESERVE movements. The unnest tables of
   * allocations, lines and picks are filled in by {@link UnnestRows}.
   */
  private static final String RESERVE_AND_INSERT =
      """
      WITH r AS (%s RETURNING l.id),
      ok AS (SELECT count(*) = ? AS every_lot FROM r),
      a AS (INSERT INTO inventory_allocation (id, brand_code, reference, subscriber_id,
          delivery_date, state, hold_until, allow_partial, short, end_reason, created_by,
          created_at, updated_at, version)
        SELECT nextval('inventory_allocation_seq'), t.brand, t.reference, t.subscriber,
          t.delivery_date, t.state, t.hold_until, t.allow_partial, t.short, NULL,
          t.created_by, t.created_at, t.created_at, 0
        FROM %%s, ok WHERE ok.every_lot
        RETURNING *),
      li AS (INSERT INTO inventory_allocation_line (allocation_id, sku, requested, allocated)
        SELECT a.id, t.sku, t.requested, t.allocated
        FROM %%s JOIN a ON a.brand_code = t.brand AND a.reference = t.reference
        RETURNING *),
      pk AS (SELECT a.id AS allocation_id, a.brand_code, a.created_by, a.created_at, t.*
        FROM %%s JOIN a ON a.brand_code = t.brand AND a.reference = t.reference),
      p AS (INSERT INTO inventory_allocation_pick (allocation_id, sku, lot_id, lot_code,
          best_before, owner, quantity)
        SELECT allocation_id, sku, lot_id, lot_code, best_before, owner, quantity FROM pk),
      c AS (%s),
      m AS (%s),
      %s
      SELECT id, NULL, NULL FROM r UNION ALL SELECT id, brand_code, reference FROM a
      """
          .formatted(
              LotReservations.RESERVE_LOTS,
              HouseClaims.addFrom(
                  """
                  SELECT brand_code, sku, sum(quantity) FROM pk WHERE owner = 'house'
                  GROUP BY brand_code, sku ORDER BY brand_code, sku
                  """),
              LedgerWriter.appendFrom(
                  """
                  SELECT pk.lot_id, l.sku, l.owner, 'RESERVE', 0, pk.quantity, l.status, NULL,
                    'allocation:' || pk.allocation_id, pk.created_by, pk.created_at
                  FROM pk JOIN inventory_lot l ON l.id = pk.lot_id
                  """),
              WebhookOutboxService.insertFrom(
                  "wh",
                  WebhookEventType.ALLOCATION_CREATED,
                  AllocationEventRows.select(
                      WebhookEventType.ALLOCATION_CREATED, "a", "li", "TRUE")));

  private final Jdbc jdbc;
  private final LotReservations lots;

  public AllocationInserts(Jdbc jdbc, LotReservations lots) {
    this.jdbc = jdbc;
    this.lots = lots;
  }

  /** Ids for new allocations, from the sequence (see {@code Allocation.id}). */
  public List<Long> newIds(int count) {
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
    Map<Long, Integer> unitsPerLot =
        LotReservations.unitsPerLot(picks.stream().map(Owned::row).toList());
    UnnestRows<Allocation> allocationRows = allocationRows(allocations);
    UnnestRows<Owned<AllocationLine>> lineRows =
        new UnnestRows<>(lines)
            .column("brand", l -> l.owner().brand(), String[]::new)
            .column("reference", l -> l.owner().reference(), String[]::new)
            .column("sku", l -> l.row().sku(), String[]::new)
            .column("requested", l -> l.row().requested(), Integer[]::new)
            .column("allocated", l -> l.row().allocated(), Integer[]::new);
    UnnestRows<Owned<AllocationPick>> pickRows =
        new UnnestRows<>(picks)
            .column("brand", p -> p.owner().brand(), String[]::new)
            .column("reference", p -> p.owner().reference(), String[]::new)
            .column("sku", p -> p.row().sku(), String[]::new)
            .column("lot_id", p -> p.row().lotId(), Long[]::new)
            .column("lot_code", p -> p.row().lotCode(), String[]::new)
            .column("best_before", p -> p.row().bestBefore(), LocalDate[]::new)
            .column("owner", p -> p.row().owner(), String[]::new)
            .column("quantity", p -> p.row().quantity(), Integer[]::new);
    List<Object> parameters = new ArrayList<>();
    parameters.add(now);
    parameters.add(unitsPerLot.keySet().toArray(Long[]::new));
    parameters.add(unitsPerLot.values().toArray(Integer[]::new));
    parameters.add(unitsPerLot.size());
    parameters.addAll(allocationRows.parameters());
    parameters.addAll(lineRows.parameters());
    parameters.addAll(pickRows.parameters());
    Set<Long> reserved = new HashSet<>();
    Map<List<String>, Long> ids = new HashMap<>();
    jdbc.list(
        RESERVE_AND_INSERT.formatted(allocationRows.as("t"), lineRows.as("t"), pickRows.as("t")),
        row -> {
          if (row.getString(2) == null) {
            reserved.add(row.getLong(1));
          } else {
            ids.put(List.of(row.getString(2), row.getString(3)), row.getLong(1));
          }
          return null;
        },
        parameters.toArray());
    if (reserved.size() < unitsPerLot.size()) {
      unitsPerLot.keySet().retainAll(reserved);
      lots.unreserve(unitsPerLot, now);
      return false;
    }
    allocations.forEach(a -> a.stored(ids.get(List.of(a.brand(), a.reference()))));
    return true;
  }

  private static UnnestRows<Allocation> allocationRows(List<Allocation> allocations) {
    return new UnnestRows<>(allocations)
        .column("brand", Allocation::brand, String[]::new)
        .column("reference", Allocation::reference, String[]::new)
        .column("subscriber", Allocation::subscriberId, String[]::new)
        .column("delivery_date", Allocation::deliveryDate, LocalDate[]::new)
        .column("state", a -> a.state().name(), String[]::new)
        .column("hold_until", Allocation::holdUntil, Instant[]::new)
        .column("allow_partial", Allocation::allowPartial, Boolean[]::new)
        .column("short", Allocation::isShort, Boolean[]::new)
        .column("created_by", Allocation::createdBy, String[]::new)
        .column("created_at", Allocation::createdAt, Instant[]::new);
  }

  /** A line or pick with the allocation it belongs to. */
  private record Owned<T>(Allocation owner, T row) {}
}
