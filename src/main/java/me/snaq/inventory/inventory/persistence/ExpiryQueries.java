package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import me.snaq.inventory.inventory.domain.ExpiringLot;
import me.snaq.inventory.inventory.domain.LotStatus;

/** Set-based expiry: the job's update and the near-expiry report's read. */
@ApplicationScoped
public class ExpiryQueries {
  private final EntityManager entityManager;

  public ExpiryQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Marks every available lot dated before {@code usableFrom} EXPIRED and appends its EXPIRE
   * movement, in one statement. Safe on several replicas at once: a lot another run has just
   * expired no longer matches {@code status = 'AVAILABLE'} once its row lock is released.
   */
  public int expireBefore(LocalDate usableFrom, String actor, Instant now) {
    return entityManager
        .createNativeQuery(
            """
            WITH expired AS (UPDATE inventory_lot SET status = 'EXPIRED',
                version = version + 1, updated_at = :now
              WHERE status = 'AVAILABLE' AND best_before < :usableFrom
              RETURNING id, sku, owner)
            """
                + LedgerWriter.appendFrom(
                    """
                    SELECT id, sku, owner, 'EXPIRE', 0, 0, 'EXPIRED', 'EXPIRED', NULL, :actor, :now
                    FROM expired
                    """))
        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter("usableFrom", usableFrom)
        .setParameter("actor", actor)
        .executeUpdate();
  }

  /** Lots with stock left whose best-before is on or before {@code until}, expired ones too. */
  public List<ExpiringLot> expiringBy(LocalDate until, String owner) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                SELECT id, sku, lot_code, owner, best_before, on_hand, reserved, status, location
                FROM inventory_lot WHERE status <> 'DEPLETED' AND on_hand > 0
                  AND best_before <= :until
                  AND (CAST(:owner AS varchar) IS NULL OR owner = :owner)
                ORDER BY owner, sku, best_before, id
                """)
            .setParameter("until", until)
            .setParameter("owner", owner)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ExpiringLot(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    row[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[4],
                    ((Number) row[5]).intValue(),
                    ((Number) row[6]).intValue(),
                    LotStatus.valueOf((String) row[7]),
                    (String) row[8]))
        .toList();
  }
}
