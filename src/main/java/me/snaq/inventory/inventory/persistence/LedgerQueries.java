package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import me.snaq.inventory.inventory.domain.Balance;
import me.snaq.inventory.inventory.domain.Drift;
import me.snaq.inventory.inventory.domain.LotBalance;
import me.snaq.inventory.inventory.domain.LotStatus;

/** Set-based reads of the ledger: whole-ledger reconciliation and balances as of an instant. */
@ApplicationScoped
public class LedgerQueries {
  private static final String LEDGER_SUMS =
      """
      SELECT lot_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved,
        (array_agg(status_after ORDER BY id DESC))[1] AS status
      FROM inventory_movement
      """;

  private final EntityManager entityManager;

  public LedgerQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Every lot whose stored balance differs from the sum of its movements, in one pass. */
  public List<Drift> drift() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                SELECT l.id, l.on_hand, l.reserved, l.status,
                  coalesce(m.on_hand, 0), coalesce(m.reserved, 0), m.status
                FROM inventory_lot l LEFT JOIN (%s GROUP BY lot_id) m ON m.lot_id = l.id
                WHERE m.lot_id IS NULL OR l.on_hand <> m.on_hand
                  OR l.reserved <> m.reserved OR l.status <> m.status
                ORDER BY l.id
                """
                    .formatted(LEDGER_SUMS))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Drift(
                    ((Number) row[0]).longValue(),
                    balance(row[1], row[2], row[3]),
                    balance(row[4], row[5], row[6])))
        .toList();
  }

  public long lotCount() {
    return ((Number)
            entityManager.createNativeQuery("SELECT count(*) FROM inventory_lot").getSingleResult())
        .longValue();
  }

  public long movementCount() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT count(*) FROM inventory_movement")
                .getSingleResult())
        .longValue();
  }

  /** Each lot of the product (of one owner, when given) as it stood at {@code at}. */
  public List<LotBalance> balancesAt(String sku, Long lotId, String owner, Instant at) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                SELECT m.lot_id, l.lot_code, l.owner, m.on_hand, m.reserved, m.status FROM (%s
                  WHERE occurred_at <= ?1 AND (CAST(?2 AS varchar) IS NULL OR sku = ?2)
                    AND (CAST(?3 AS bigint) IS NULL OR lot_id = ?3)
                    AND (CAST(?4 AS varchar) IS NULL OR owner = ?4)
                  GROUP BY lot_id) m JOIN inventory_lot l ON l.id = m.lot_id ORDER BY m.lot_id
                """
                    .formatted(LEDGER_SUMS))
            .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .setParameter(2, sku)
            .setParameter(3, lotId)
            .setParameter(4, owner)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new LotBalance(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    balance(row[3], row[4], row[5])))
        .toList();
  }

  private static Balance balance(Object onHand, Object reserved, Object status) {
    return new Balance(
        ((Number) onHand).intValue(),
        ((Number) reserved).intValue(),
        status == null ? null : LotStatus.valueOf((String) status));
  }
}
