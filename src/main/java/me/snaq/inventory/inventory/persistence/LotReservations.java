package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The reserved and on-hand counts of lots: conditional updates that can never reserve more than is
 * on hand, whatever interleaves with them.
 */
@ApplicationScoped
public class LotReservations {
  /**
   * Reserves units of lots given as {@code unnest(lot ids, units)} after the instant: each lot only
   * if it is available and still has them, so no interleaving can oversell.
   */
  static final String RESERVE_LOTS =
      """
      UPDATE inventory_lot l SET reserved = l.reserved + t.units, version = l.version + 1,
        updated_at = ? FROM unnest(?, ?) AS t(lot_id, units)
      WHERE l.id = t.lot_id AND l.status = 'AVAILABLE' AND l.on_hand - l.reserved >= t.units
      """;

  private final Jdbc jdbc;

  public LotReservations(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Units per lot of these picks, lots in the order first picked. */
  public static Map<Long, Integer> unitsPerLot(List<AllocationPick> picks) {
    Map<Long, Integer> units = new LinkedHashMap<>();
    picks.forEach(p -> units.merge(p.lotId(), p.quantity(), Integer::sum));
    return units;
  }

  /**
   * Reserves units of many lots in one statement, each only if the lot is available and still has
   * them (so no interleaving can oversell); returns how many lots it reserved.
   */
  public int reserve(Map<Long, Integer> unitsPerLot, Instant now) {
    return jdbc.update(
        RESERVE_LOTS,
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new));
  }

  /** Gives reserved units back to many lots in one statement. */
  public void unreserve(Map<Long, Integer> unitsPerLot, Instant now) {
    if (unitsPerLot.isEmpty()) {
      return;
    }
    jdbc.update(
        """
        UPDATE inventory_lot l SET reserved = l.reserved - t.units, version = l.version + 1,
          updated_at = ? FROM unnest(?, ?) AS t(lot_id, units) WHERE l.id = t.lot_id
        """,
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new));
  }

  /**
   * Ships reserved units of many lots in one statement: they leave on hand; an emptied lot becomes
   * DEPLETED (unless held).
   */
  public void shipAll(Map<Long, Integer> unitsPerLot, Instant now) {
    if (unitsPerLot.isEmpty()) {
      return;
    }
    jdbc.update(
        """
        UPDATE inventory_lot l SET on_hand = l.on_hand - t.units, reserved = l.reserved - t.units,
          status = CASE WHEN l.on_hand - t.units = 0 AND l.status IN ('AVAILABLE', 'EXPIRED')
            THEN 'DEPLETED' ELSE l.status END, version = l.version + 1, updated_at = ?
        FROM unnest(?, ?) AS t(lot_id, units) WHERE l.id = t.lot_id
        """,
        now,
        unitsPerLot.keySet().toArray(Long[]::new),
        unitsPerLot.values().toArray(Integer[]::new));
  }
}
