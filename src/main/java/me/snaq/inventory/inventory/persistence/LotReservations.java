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

  /** Ships reserved units: they leave on hand; an emptied lot becomes DEPLETED (unless held). */
  public void ship(long lotId, int units, Instant now) {
    jdbc.update(
        """
        UPDATE inventory_lot SET on_hand = on_hand - ?, reserved = reserved - ?,
          status = CASE WHEN on_hand - ? = 0 AND status IN ('AVAILABLE', 'EXPIRED')
            THEN 'DEPLETED' ELSE status END, version = version + 1, updated_at = ?
        WHERE id = ?
        """,
        units,
        units,
        units,
        now,
        lotId);
  }
}
