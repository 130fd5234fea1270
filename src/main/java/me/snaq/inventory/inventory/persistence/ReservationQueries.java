package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.MovementType;

/**
 * The stock side of allocations, written for the database: per-product locks taken in SKU order,
 * conditional updates of lots that can never reserve more than is on hand, and the ledger rows of a
 * whole allocation in one statement.
 */
@ApplicationScoped
public class ReservationQueries {
  private final EntityManager entityManager;

  public ReservationQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Serializes reservation decisions per product (quotas and ring-fences are per product) for the
   * rest of the transaction. Callers pass SKUs sorted, so two allocations never wait on each other
   * in opposite orders.
   */
  public void lockProducts(List<String> sortedSkus) {
    for (String sku : sortedSkus) {
      entityManager
          .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('inventory-product:' || ?1))")
          .setParameter(1, sku)
          .getSingleResult();
    }
  }

  /** Usable lots of the product, of these owners, FEFO, with their free units. */
  public List<FefoLot> candidates(String sku, List<String> owners, LocalDate floorDate) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, lot_code, owner, best_before, received_at, location, on_hand - reserved"
                    + " FROM inventory_lot WHERE sku = ?1 AND status = 'AVAILABLE'"
                    + " AND best_before >= ?2 AND owner = ANY(CAST(?3 AS varchar[]))"
                    + " AND on_hand > reserved ORDER BY best_before, received_at, id")
            .setParameter(1, sku)
            .setParameter(2, floorDate)
            .setParameter(3, owners.toArray(String[]::new))
            .getResultList();
    return rows.stream().map(StockQueries::fefoLot).toList();
  }

  /**
   * Reserves units of a lot unless a concurrent change left too few: the condition and the {@code
   * reserved <= on_hand} check make an oversell impossible whatever the interleaving.
   */
  public boolean reserve(long lotId, int units, Instant now) {
    return entityManager
            .createNativeQuery(
                "UPDATE inventory_lot SET reserved = reserved + ?2, version = version + 1,"
                    + " updated_at = ?3 WHERE id = ?1 AND status = 'AVAILABLE'"
                    + " AND on_hand - reserved >= ?2")
            .setParameter(1, lotId)
            .setParameter(2, units)
            .setParameter(3, utc(now))
            .executeUpdate()
        == 1;
  }

  /** Gives reserved units back to the lot. */
  public void unreserve(long lotId, int units, Instant now) {
    update(
        "UPDATE inventory_lot SET reserved = reserved - ?2, version = version + 1,"
            + " updated_at = ?3 WHERE id = ?1",
        lotId,
        units,
        now);
  }

  /** Ships reserved units: they leave on hand; an emptied lot becomes DEPLETED (unless held). */
  public void ship(long lotId, int units, Instant now) {
    update(
        "UPDATE inventory_lot SET on_hand = on_hand - ?2, reserved = reserved - ?2,"
            + " status = CASE WHEN on_hand - ?2 = 0 AND status IN ('AVAILABLE', 'EXPIRED')"
            + " THEN 'DEPLETED' ELSE status END, version = version + 1, updated_at = ?3"
            + " WHERE id = ?1",
        lotId,
        units,
        now);
  }

  /**
   * Appends one movement per pick in one statement; the status recorded is each lot's status after
   * the change, read in the same statement.
   */
  public void recordMovements(
      List<AllocationPick> picks, MovementType type, String reference, String actor, Instant now) {
    if (picks.isEmpty()) {
      return;
    }
    int onHandSign = type == MovementType.SHIP ? -1 : 0;
    int reservedSign = type == MovementType.RESERVE ? 1 : -1;
    entityManager
        .createNativeQuery(
            "INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta,"
                + " reserved_delta, status_after, reason, reference, actor, occurred_at)"
                + " SELECT p.lot_id, l.sku, l.owner, ?1, p.quantity * ?2, p.quantity * ?3,"
                + " l.status, NULL, ?4, ?5, ?6"
                + " FROM unnest(CAST(?7 AS bigint[]), CAST(?8 AS int[])) AS p(lot_id, quantity)"
                + " JOIN inventory_lot l ON l.id = p.lot_id")
        .setParameter(1, type.name())
        .setParameter(2, onHandSign)
        .setParameter(3, reservedSign)
        .setParameter(4, reference)
        .setParameter(5, actor)
        .setParameter(6, utc(now))
        .setParameter(7, picks.stream().map(AllocationPick::lotId).toArray(Long[]::new))
        .setParameter(8, picks.stream().map(AllocationPick::quantity).toArray(Integer[]::new))
        .executeUpdate();
  }

  /** Adds (or, negative, removes) house units the brand holds reserved of a product. */
  public void changeHouseClaim(String brand, String sku, int units) {
    if (units < 0) {
      entityManager
          .createNativeQuery(
              "UPDATE inventory_house_claim SET units = units + ?3"
                  + " WHERE brand_code = ?1 AND sku = ?2")
          .setParameter(1, brand)
          .setParameter(2, sku)
          .setParameter(3, units)
          .executeUpdate();
      return;
    }
    entityManager
        .createNativeQuery(
            "INSERT INTO inventory_house_claim (brand_code, sku, units) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (brand_code, sku) DO UPDATE"
                + " SET units = inventory_house_claim.units + EXCLUDED.units")
        .setParameter(1, brand)
        .setParameter(2, sku)
        .setParameter(3, units)
        .executeUpdate();
  }

  private void update(String sql, long lotId, int units, Instant now) {
    entityManager
        .createNativeQuery(sql)
        .setParameter(1, lotId)
        .setParameter(2, units)
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
