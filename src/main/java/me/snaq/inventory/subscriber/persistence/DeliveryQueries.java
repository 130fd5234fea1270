package me.snaq.inventory.subscriber.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import me.snaq.inventory.subscriber.domain.Delivery;

@ApplicationScoped
public class DeliveryQueries {
  private final EntityManager entityManager;

  public DeliveryQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Records one box's products in one statement; a repeat of the same allocation is ignored. */
  public void record(
      String subscriberId,
      String brand,
      LocalDate date,
      long allocationId,
      List<String> skus,
      Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO subscriber_delivery (subscriber_id, brand_code, sku, delivery_date,"
                + " allocation_id, recorded_at) SELECT ?1, ?2, s, ?3, ?4, ?5"
                + " FROM unnest(CAST(?6 AS varchar[])) s ON CONFLICT (allocation_id, sku) DO NOTHING")
        .setParameter(1, subscriberId)
        .setParameter(2, brand)
        .setParameter(3, date)
        .setParameter(4, allocationId)
        .setParameter(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(6, skus.toArray(String[]::new))
        .executeUpdate();
  }

  /** A subscriber's deliveries, newest first (of one brand when given). */
  public List<Delivery> of(String subscriberId, String brand, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT subscriber_id, brand_code, sku, delivery_date, allocation_id"
                    + " FROM subscriber_delivery WHERE subscriber_id = ?1"
                    + " AND (CAST(?2 AS varchar) IS NULL OR brand_code = ?2)"
                    + " ORDER BY delivery_date DESC, sku LIMIT ?3")
            .setParameter(1, subscriberId)
            .setParameter(2, brand)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Delivery(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue()))
        .toList();
  }
}
