package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.ShipException;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The reads and writes of shipping a batch of allocations at once: their rows and the lots they
 * picked, locked (products first, by the caller, then allocations, then lots, each in id order);
 * their picks; the state change.
 */
@ApplicationScoped
public class ShippingQueries {
  private final Jdbc jdbc;

  public ShippingQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** An allocation as shipping sees it, read under its row lock. */
  public record Box(
      long id,
      Long runId,
      String brand,
      String subscriberId,
      LocalDate deliveryDate,
      AllocationState state,
      Instant holdUntil) {}

  /** A lot an allocation picked that is on hold: it cannot ship. */
  public record HeldPick(long allocationId, long lotId, String holdReason) {}

  /** One pick of a shippable allocation. */
  public record Pick(long allocationId, String sku, long lotId, int quantity, String owner) {}

  /** Locks the allocations that exist, in id order, and reads them. */
  public List<Box> lockBoxes(List<Long> ids) {
    return jdbc.list(
        """
        SELECT id, run_id, brand_code, subscriber_id, delivery_date, state, hold_until
        FROM inventory_allocation WHERE id = ANY(?) ORDER BY id FOR UPDATE
        """,
        row ->
            new Box(
                row.getLong(1),
                (Long) row.getObject(2),
                row.getString(3),
                row.getString(4),
                row.getObject(5, LocalDate.class),
                AllocationState.valueOf(row.getString(6)),
                row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant()),
        (Object) ids.toArray(Long[]::new));
  }

  /**
   * Locks these lots, in id order, so that a hold or a recall either came before (and is seen here)
   * or waits for the shipment; returns the lots of them on hold, by id, with the hold's reason. The
   * caller names the lots (from the picks): asking the database for the picked lots of thousands of
   * allocations inside this statement made it probe the picks once per lot.
   */
  public Map<Long, String> lockLotsAndFindHeld(Collection<Long> lotIds) {
    Map<Long, String> held = new HashMap<>();
    jdbc
        .list(
            """
            SELECT id, status, hold_reason FROM inventory_lot WHERE id = ANY(?)
            ORDER BY id FOR UPDATE
            """,
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
            (Object) lotIds.toArray(Long[]::new))
        .stream()
        .filter(lot -> "ON_HOLD".equals(lot[1]))
        .forEach(lot -> held.put(Long.parseLong(lot[0]), lot[2]));
    return held;
  }

  /** Every pick of these allocations. */
  public List<Pick> picksOf(List<Long> ids) {
    return jdbc.list(
        """
        SELECT allocation_id, sku, lot_id, quantity, owner FROM inventory_allocation_pick
        WHERE allocation_id = ANY(?) ORDER BY allocation_id, sku, lot_id
        """,
        row ->
            new Pick(
                row.getLong(1), row.getString(2), row.getLong(3), row.getInt(4), row.getString(5)),
        (Object) ids.toArray(Long[]::new));
  }

  /** ALLOCATED -> SHIPPED for these allocations (locked, and checked ALLOCATED, by the caller). */
  public void markShipped(List<Long> ids, Instant now) {
    jdbc.update(
        """
        UPDATE inventory_allocation SET state = 'SHIPPED', updated_at = ?, version = version + 1
        WHERE id = ANY(?) AND state = 'ALLOCATED'
        """,
        now,
        ids.toArray(Long[]::new));
  }

  /** Records what a box did not ship and marks it short with the reason(s). */
  public void recordShortages(long allocationId, List<ShipException> exceptions, String reason) {
    jdbc.update(
        """
        INSERT INTO inventory_allocation_ship_exception (allocation_id, sku, lot_id, reason, quantity)
        SELECT ?, t.sku, t.lot_id, t.reason, t.quantity FROM unnest(?, ?, ?, ?)
          AS t(sku, lot_id, reason, quantity)
        """,
        allocationId,
        exceptions.stream().map(ShipException::sku).toArray(String[]::new),
        exceptions.stream().map(ShipException::lotId).toArray(Long[]::new),
        exceptions.stream().map(e -> e.reason().name()).toArray(String[]::new),
        exceptions.stream().map(ShipException::quantity).toArray(Integer[]::new));
    jdbc.update(
        "UPDATE inventory_allocation SET short = true, short_reason = ? WHERE id = ?",
        reason,
        allocationId);
  }
}
