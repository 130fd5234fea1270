package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.inventory.domain.ExpiringLot;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * Set-based expiry: the job's update (with its {@code lot.expired} events), the near-expiry notices
 * ({@code lot.near_expiry}, once per lot and horizon) and the near-expiry report's read.
 */
@ApplicationScoped
public class ExpiryQueries {
  /**
   * Lots with stock whose best-before is within a horizon, in the tightest horizon that holds them,
   * not yet announced for it (or a tighter one): announced now, once even when replicas run the job
   * together (the notice's key decides which one writes it).
   */
  private static final String NEAR_EXPIRY =
      """
      WITH h AS (SELECT unnest(CAST(? AS int4[])) AS days),
      due AS (SELECT l.*, l.best_before - CAST(? AS date) AS days_left,
          (SELECT min(h.days) FROM h WHERE l.best_before - CAST(? AS date) <= h.days) AS horizon
        FROM inventory_lot l
        WHERE l.status IN ('AVAILABLE', 'ON_HOLD') AND l.on_hand > 0
          AND l.best_before >= CAST(? AS date)
          AND l.best_before <= CAST(? AS date) + (SELECT max(days) FROM h)),
      ins AS (INSERT INTO inventory_lot_expiry_notice (lot_id, horizon_days, noticed_at)
        SELECT d.id, d.horizon, ? FROM due d
        WHERE d.horizon IS NOT NULL AND NOT EXISTS (SELECT 1 FROM inventory_lot_expiry_notice n
          WHERE n.lot_id = d.id AND n.horizon_days <= d.horizon)
        ON CONFLICT DO NOTHING
        RETURNING lot_id),
      noticed AS (SELECT d.* FROM due d JOIN ins ON ins.lot_id = d.id),
      %s
      SELECT count(*) FROM noticed
      """
          .formatted(
              WebhookOutboxService.insertFrom(
                  "wh",
                  WebhookEventType.LOT_NEAR_EXPIRY,
                  eventsOf(
                      WebhookEventType.LOT_NEAR_EXPIRY,
                      "noticed l",
                      ", 'horizonDays', l.horizon, 'daysLeft', l.days_left")));

  /** Columns of a near-expiry or expired lot for {@link #eventsOf}: the lot row {@code l}. */
  private static final String LOT_JSON =
      """
      jsonb_strip_nulls(jsonb_build_object('id', l.id, 'sku', l.sku, 'lotCode', l.lot_code,
        'owner', l.owner, 'bestBefore', l.best_before, 'location', l.location,
        'onHand', l.on_hand, 'reserved', l.reserved, 'status', l.status%s))
      """;

  /**
   * A select of one event per lot in {@code lots} (a table or CTE of lot rows aliased {@code l}),
   * (the shape of {@code LotEvents}); {@code extra} adds {@code , 'key', value} pairs to the data.
   */
  private static String eventsOf(WebhookEventType type, String lots, String extra) {
    return """
        SELECT '%s' AS type, CASE WHEN l.owner = '%s' THEN NULL ELSE l.owner END AS brand,
          FALSE AS brand_only, %s AS data
        FROM %s
        """
        .formatted(type.wireName(), HouseBrand.CODE, LOT_JSON.formatted(extra), lots);
  }

  private final EntityManager entityManager;
  private final Jdbc jdbc;

  public ExpiryQueries(EntityManager entityManager, Jdbc jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  /** Announces lots newly within a horizon of {@code today}; returns how many. */
  public int noticeNearExpiry(LocalDate today, List<Integer> horizons, Instant now) {
    return jdbc.list(
            NEAR_EXPIRY,
            row -> row.getInt(1),
            horizons.toArray(Integer[]::new),
            today,
            today,
            today,
            today,
            now)
        .get(0);
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
              RETURNING *),
            """
                + WebhookOutboxService.insertFrom(
                    "wh",
                    WebhookEventType.LOT_EXPIRED,
                    eventsOf(WebhookEventType.LOT_EXPIRED, "expired l", ""))
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
