package me.snaq.inventory.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.webhook.domain.DeliveryStatus;
import me.snaq.inventory.webhook.domain.DeliveryView;

/** An endpoint's deliveries as staff and partners read them, newest first, with every attempt. */
@ApplicationScoped
public class DeliveryReads {
  private static final String COLUMNS =
      """
      d.id, d.event_id, d.type, d.occurred_at, d.brand_code, d.data::text, d.status, d.attempts,
      d.response_status, d.duration_ms, d.error, d.next_attempt_at, d.created_at, d.updated_at
      """;

  private final Jdbc jdbc;

  public DeliveryReads(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code limit + 1} deliveries before the cursor's id, of a status and an event type or all. */
  public List<DeliveryView> page(
      long endpointId, DeliveryStatus status, String type, Long beforeId, int limit) {
    String statusName = status == null ? null : status.name();
    List<DeliveryView> rows =
        jdbc.list(
            """
            SELECT %s FROM webhook_delivery d
            WHERE d.endpoint_id = ? AND (CAST(? AS varchar) IS NULL OR d.status = ?)
              AND (CAST(? AS varchar) IS NULL OR d.type = ?)
              AND (CAST(? AS bigint) IS NULL OR d.id < ?)
            ORDER BY d.id DESC LIMIT ?
            """
                .formatted(COLUMNS),
            DeliveryReads::delivery,
            endpointId,
            statusName,
            statusName,
            type,
            type,
            beforeId,
            beforeId,
            limit + 1);
    return withAttempts(rows);
  }

  public Optional<DeliveryView> find(long endpointId, long deliveryId) {
    return withAttempts(
            jdbc.list(
                """
                SELECT %s FROM webhook_delivery d
                WHERE d.endpoint_id = ? AND d.id = ?
                """
                    .formatted(COLUMNS),
                DeliveryReads::delivery,
                endpointId,
                deliveryId))
        .stream()
        .findFirst();
  }

  private List<DeliveryView> withAttempts(List<DeliveryView> deliveries) {
    if (deliveries.isEmpty()) {
      return deliveries;
    }
    Map<Long, List<DeliveryView.Attempt>> attempts =
        jdbc
            .list(
                """
                SELECT delivery_id, attempt, outcome, response_status, duration_ms, error,
                  attempted_at, next_attempt_at
                FROM webhook_attempt WHERE delivery_id = ANY (?) ORDER BY delivery_id, attempt
                """,
                row ->
                    Map.entry(
                        row.getLong(1),
                        new DeliveryView.Attempt(
                            row.getInt(2),
                            row.getString(3),
                            (Integer) row.getObject(4),
                            row.getInt(5),
                            row.getString(6),
                            instant(row.getTimestamp(7)),
                            instant(row.getTimestamp(8)))),
                (Object) deliveries.stream().map(DeliveryView::id).toArray(Long[]::new))
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return deliveries.stream()
        .map(d -> d.withAttempts(log(d, attempts.getOrDefault(d.id(), List.of()))))
        .toList();
  }

  /** The failed attempts kept, and the last one when it succeeded (recorded on the delivery). */
  private static List<DeliveryView.Attempt> log(
      DeliveryView delivery, List<DeliveryView.Attempt> failed) {
    if (delivery.status() != DeliveryStatus.SUCCEEDED) {
      return failed;
    }
    List<DeliveryView.Attempt> all = new ArrayList<>(failed);
    all.add(
        new DeliveryView.Attempt(
            delivery.attempts(),
            "SUCCEEDED",
            delivery.responseStatus(),
            delivery.durationMs() == null ? 0 : delivery.durationMs(),
            null,
            delivery.updatedAt(),
            null));
    return all;
  }

  /** Sends the delivery again now: it is due at once, whatever state it was in. */
  public boolean retryNow(long endpointId, long deliveryId, Instant now) {
    return jdbc.update(
            """
            UPDATE webhook_delivery SET status = 'RETRYING', next_attempt_at = ?, updated_at = ?
            WHERE endpoint_id = ? AND id = ?
            """,
            now,
            now,
            endpointId,
            deliveryId)
        == 1;
  }

  private static DeliveryView delivery(ResultSet row) throws SQLException {
    return new DeliveryView(
        row.getLong(1),
        row.getObject(2, UUID.class),
        row.getString(3),
        instant(row.getTimestamp(4)),
        row.getString(5),
        row.getString(6),
        DeliveryStatus.valueOf(row.getString(7)),
        row.getInt(8),
        (Integer) row.getObject(9),
        (Integer) row.getObject(10),
        row.getString(11),
        instant(row.getTimestamp(12)),
        instant(row.getTimestamp(13)),
        instant(row.getTimestamp(14)),
        List.of());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
