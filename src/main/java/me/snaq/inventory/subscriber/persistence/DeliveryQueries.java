package me.snaq.inventory.subscriber.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import me.snaq.inventory.inventory.AllocationShipped;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.subscriber.domain.Delivery;

@ApplicationScoped
public class DeliveryQueries {
  private final EntityManager entityManager;
  private final Jdbc jdbc;

  public DeliveryQueries(EntityManager entityManager, Jdbc jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  /**
   * Records imported deliveries (no allocation) in one statement, skipping any already recorded for
   * the same subscriber, product and date, whether imported or shipped. Returns those it recorded.
   */
  public Set<Delivery> recordImported(Collection<Delivery> deliveries, Instant now) {
    if (deliveries.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            """
            INSERT INTO subscriber_delivery (subscriber_id, brand_code, sku, delivery_date,
            recorded_at)
            SELECT t.subscriber_id, t.brand, t.sku, CAST(t.delivery_date AS date), ?
            FROM unnest(?, ?, ?, ?) AS t(subscriber_id, brand, sku, delivery_date)
            WHERE NOT EXISTS (SELECT 1 FROM subscriber_delivery d
            WHERE d.subscriber_id = t.subscriber_id AND d.sku = t.sku
            AND d.delivery_date = CAST(t.delivery_date AS date))
            ON CONFLICT (subscriber_id, sku, delivery_date) WHERE allocation_id IS NULL
            DO NOTHING
            RETURNING subscriber_id, brand_code, sku, delivery_date
            """,
            row ->
                new Delivery(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getObject(4, LocalDate.class),
                    null),
            now,
            deliveries.stream().map(Delivery::subscriberId).toArray(String[]::new),
            deliveries.stream().map(Delivery::brand).toArray(String[]::new),
            deliveries.stream().map(Delivery::sku).toArray(String[]::new),
            deliveries.stream().map(d -> d.deliveryDate().toString()).toArray(String[]::new)));
  }

  /** The shipped boxes' products, one row per box and product (a repeat changes nothing). */
  public void record(List<AllocationShipped> boxes, Instant now) {
    List<String> subscribers = new ArrayList<>();
    List<String> brands = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    List<Long> allocations = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    for (AllocationShipped box : boxes) {
      for (String sku : box.skus()) {
        subscribers.add(box.subscriberId());
        brands.add(box.brand());
        dates.add(box.deliveryDate());
        allocations.add(box.allocationId());
        skus.add(sku);
      }
    }
    jdbc.update(
        """
        INSERT INTO subscriber_delivery (subscriber_id, brand_code, sku, delivery_date,
        allocation_id, recorded_at)
        SELECT d.subscriber_id, d.brand_code, d.sku, d.delivery_date, d.allocation_id, ?
        FROM unnest(?, ?, ?, ?, ?) AS d(subscriber_id, brand_code, sku, delivery_date, allocation_id)
        ON CONFLICT (allocation_id, sku) DO NOTHING
        """,
        now,
        subscribers.toArray(String[]::new),
        brands.toArray(String[]::new),
        skus.toArray(String[]::new),
        dates.toArray(LocalDate[]::new),
        allocations.toArray(Long[]::new));
  }

  /** A subscriber's deliveries, newest first (of one brand when given). */
  public List<Delivery> of(String subscriberId, String brand, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                SELECT subscriber_id, brand_code, sku, delivery_date, allocation_id
                FROM subscriber_delivery WHERE subscriber_id = ?1
                AND (CAST(?2 AS varchar) IS NULL OR brand_code = ?2)
                ORDER BY delivery_date DESC, sku LIMIT ?3
                """)
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
