package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotChange;
import me.snaq.inventory.inventory.domain.Movement;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.domain.ShipException;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The one writer of the ledger: every movement row is appended here, as an entity beside a lot
 * change, as a set beside a bulk change, or as the insert of a statement that changes lots and
 * writes their movements at once ({@link #appendFrom}). The table refuses updates and deletes.
 */
@ApplicationScoped
public class LedgerWriter {
  private final Jdbc jdbc;
  private final MovementRepository movements;

  public LedgerWriter(Jdbc jdbc, MovementRepository movements) {
    this.jdbc = jdbc;
    this.movements = movements;
  }

  /**
   * Appends the rows of {@code select}, whose columns are, in order: lot_id, sku, owner, type,
   * on_hand_delta, reserved_delta, status_after, reason, reference, actor, occurred_at.
   */
  static String appendFrom(String select) {
    return """
        INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta,
          reserved_delta, status_after, reason, reference, actor, occurred_at)
        %s
        """
        .formatted(select);
  }

  /** Appends the movement of a change just made to the lot, which must already have its id. */
  public void append(Lot lot, LotChange change, String actor, Instant at) {
    movements.persist(Movement.record(lot, change, null, actor, at));
  }

  /**
   * Appends, in one statement, one movement per lot each allocation picked, with the reference
   * {@code allocation:<id>}; the status recorded is each lot's status after the change, read in the
   * same statement.
   */
  public void appendPerPickedLot(
      List<Allocation> allocations, MovementType type, String actor, Instant now) {
    List<Long> lots = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    List<String> references = new ArrayList<>();
    for (Allocation allocation : allocations) {
      LotReservations.unitsPerLot(allocation.picks())
          .forEach(
              (lot, count) -> {
                lots.add(lot);
                units.add(count);
                references.add("allocation:" + allocation.id());
              });
    }
    appendPerLot(lots, units, references, type, actor, now);
  }

  /** Appends one movement per lot (a run's whole reservation, say) in one statement. */
  public void appendPerLot(
      Map<Long, Integer> unitsPerLot,
      MovementType type,
      String reference,
      String actor,
      Instant now) {
    appendPerLot(
        List.copyOf(unitsPerLot.keySet()),
        List.copyOf(unitsPerLot.values()),
        Collections.nCopies(unitsPerLot.size(), reference),
        type,
        actor,
        now);
  }

  /**
   * Appends one ADJUST per lot and reason for reserved units that left stock without shipping
   * (damaged or missing at packing): on hand and reserved both fall by the units.
   */
  public void appendWriteOffs(
      List<ShipException> writeOffs, String reference, String actor, Instant now) {
    if (writeOffs.isEmpty()) {
      return;
    }
    jdbc.update(
        appendFrom(
            """
            SELECT t.lot_id, l.sku, l.owner, 'ADJUST', -t.units, -t.units,
              l.status, t.reason, ?, ?, ?
            FROM unnest(?, ?, ?) AS t(lot_id, units, reason)
            JOIN inventory_lot l ON l.id = t.lot_id
            """),
        reference,
        actor,
        now,
        writeOffs.stream().map(ShipException::lotId).toArray(Long[]::new),
        writeOffs.stream().map(ShipException::quantity).toArray(Integer[]::new),
        writeOffs.stream().map(e -> e.reason().name()).toArray(String[]::new));
  }

  private void appendPerLot(
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
        appendFrom(
            """
            SELECT t.lot_id, l.sku, l.owner, ?, t.units * ?, t.units * ?,
              l.status, NULL, t.reference, ?, ?
            FROM unnest(?, ?, ?) AS t(lot_id, units, reference)
            JOIN inventory_lot l ON l.id = t.lot_id
            """),
        type.name(),
        onHandSign,
        reservedSign,
        actor,
        now,
        lots.toArray(Long[]::new),
        units.toArray(Integer[]::new),
        references.toArray(String[]::new));
  }
}
