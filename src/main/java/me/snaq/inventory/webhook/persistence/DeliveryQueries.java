package me.snaq.inventory.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.UnnestRows;
import me.snaq.inventory.webhook.domain.AttemptResult;
import me.snaq.inventory.webhook.domain.ClaimedDelivery;

/**
 * The dispatchers' side of deliveries: claiming due ones (any replica, SKIP LOCKED, held for the
 * claiming transaction) and recording a batch of attempts with what they mean for their endpoints.
 * Plain JDBC: every batch is a handful of set-based statements whatever its size.
 */
@ApplicationScoped
public class DeliveryQueries {
  private static final String CLAIM =
      """
      SELECT d.id, d.attempts, d.event_id, d.type, d.occurred_at, d.brand_code, d.data::text, w.id,
        w.url, w.secret, CASE WHEN w.previous_secret_until > ? THEN w.previous_secret END
      FROM webhook_delivery d JOIN webhook_endpoint w ON w.id = d.endpoint_id
      WHERE d.status IN ('PENDING', 'RETRYING') AND d.next_attempt_at <= ? AND w.active
      ORDER BY d.next_attempt_at
      LIMIT ?
      FOR UPDATE OF d SKIP LOCKED
      """;

  /** Each delivery moved on, and its attempt kept when it failed (the last is on the delivery). */
  private static final String RECORD =
      """
      WITH r AS (SELECT * FROM %s),
      a AS (INSERT INTO webhook_attempt (delivery_id, attempt, outcome, response_status,
          duration_ms, error, attempted_at, next_attempt_at)
        SELECT delivery_id, attempt, outcome, response_status, duration_ms, error, attempted_at,
          next_attempt_at
        FROM r WHERE r.outcome = 'FAILED' ON CONFLICT DO NOTHING)
      UPDATE webhook_delivery d SET attempts = r.attempt,
        status = CASE WHEN r.outcome = 'SUCCEEDED' THEN 'SUCCEEDED'
          WHEN r.next_attempt_at IS NULL THEN 'FAILED' ELSE 'RETRYING' END,
        next_attempt_at = r.next_attempt_at,
        response_status = r.response_status, duration_ms = r.duration_ms, error = r.error,
        updated_at = r.attempted_at
      FROM r WHERE d.id = r.delivery_id AND d.attempts = r.attempt - 1
      """;

  private static final String DISABLE =
      """
      UPDATE webhook_endpoint SET active = FALSE, version = version + 1, updated_at = ?,
        disabled_reason = CASE WHEN id = ANY (?) THEN 'the receiver answered 410 Gone'
          ELSE 'failing since ' || to_char(failing_since AT TIME ZONE 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS"Z"') END
      WHERE active AND (id = ANY (?) OR (id = ANY (?) AND failing_since <= ?))
      RETURNING id
      """;

  private final Jdbc jdbc;

  public DeliveryQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Up to {@code limit} due deliveries of active endpoints, locked until this transaction ends:
   * other replicas pass over them, and take them up again should this one die before it records.
   */
  public List<ClaimedDelivery> claim(int limit, Instant now) {
    return jdbc.list(CLAIM, DeliveryQueries::claimed, now, now, limit);
  }

  private static ClaimedDelivery claimed(ResultSet row) throws SQLException {
    List<String> secrets = new ArrayList<>(List.of(row.getString(10)));
    if (row.getString(11) != null) {
      secrets.add(row.getString(11));
    }
    return new ClaimedDelivery(
        row.getLong(1),
        row.getInt(2),
        row.getObject(3, UUID.class),
        row.getString(4),
        row.getTimestamp(5).toInstant(),
        row.getString(6),
        row.getString(7),
        row.getLong(8),
        row.getString(9),
        secrets);
  }

  /**
   * Records a batch of attempts: the attempts log, each delivery's new state, each endpoint's
   * failing streak (ended by a success, started by a failure) and the endpoints to disable (410, or
   * failing since before {@code failingSince}); their open deliveries fail with them. Returns the
   * endpoints disabled.
   */
  public List<Long> record(List<AttemptResult> results, Instant now, Instant failingSince) {
    UnnestRows<AttemptResult> rows =
        new UnnestRows<>(results)
            .column("delivery_id", AttemptResult::deliveryId, Long[]::new)
            .column("attempt", AttemptResult::attempt, Integer[]::new)
            .column("outcome", r -> r.succeeded() ? "SUCCEEDED" : "FAILED", String[]::new)
            .column("response_status", AttemptResult::responseStatus, Integer[]::new)
            .column("duration_ms", AttemptResult::durationMs, Integer[]::new)
            .column("error", AttemptResult::error, String[]::new)
            .column("attempted_at", AttemptResult::attemptedAt, Instant[]::new)
            .column("next_attempt_at", AttemptResult::nextAttemptAt, Instant[]::new);
    Long[] all = endpoints(results, r -> true);
    Long[] succeeded = endpoints(results, AttemptResult::succeeded);
    // an endpoint that also answered one attempt of the batch with success is not failing: any
    // success ends the streak, and only an endpoint with nothing but failures starts or keeps one
    java.util.Set<Long> answered = java.util.Set.of(succeeded);
    Long[] failed = endpoints(results, r -> !r.succeeded() && !answered.contains(r.endpointId()));
    Long[] gone = endpoints(results, AttemptResult::gone);
    jdbc.list(
        "SELECT id FROM webhook_endpoint WHERE id = ANY (?) ORDER BY id FOR UPDATE",
        row -> row.getLong(1),
        (Object) all);
    jdbc.update(RECORD.formatted(rows.as("t")), rows.parameters().toArray());
    jdbc.update(
        """
        UPDATE webhook_endpoint SET failing_since = NULL
        WHERE id = ANY (?) AND failing_since IS NOT NULL
        """,
        (Object) succeeded);
    jdbc.update(
        "UPDATE webhook_endpoint SET failing_since = ? WHERE id = ANY (?) AND failing_since IS NULL",
        now,
        failed);
    List<Long> disabled =
        jdbc.list(DISABLE, row -> row.getLong(1), now, gone, gone, failed, failingSince);
    if (!disabled.isEmpty()) {
      jdbc.update(
          """
          UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL,
            error = 'the endpoint was disabled', updated_at = ?
          WHERE endpoint_id = ANY (?) AND status IN ('PENDING', 'RETRYING')
          """,
          now,
          disabled.toArray(Long[]::new));
    }
    return disabled;
  }

  private static Long[] endpoints(List<AttemptResult> results, Predicate<AttemptResult> which) {
    return results.stream()
        .filter(which)
        .map(AttemptResult::endpointId)
        .distinct()
        .sorted()
        .toArray(Long[]::new);
  }

  /**
   * Deliveries waiting to be sent to active endpoints, and since when the oldest of them waits (an
   * endpoint turned off by its owner keeps its open deliveries for when it is turned on again; they
   * wait for nothing the dispatchers can do).
   */
  public QueueDepth depth(Instant now) {
    return jdbc.list(
            """
            SELECT count(*), min(d.created_at) FROM webhook_delivery d
            JOIN webhook_endpoint w ON w.id = d.endpoint_id AND w.active
            WHERE d.status IN ('PENDING', 'RETRYING')
            """,
            row ->
                new QueueDepth(
                    row.getLong(1),
                    Optional.ofNullable(row.getTimestamp(2))
                        .map(t -> Duration.between(t.toInstant(), now).toMillis() / 1000.0)
                        .orElse(0.0)))
        .get(0);
  }

  /** How many deliveries wait, and the age in seconds of the oldest. */
  public record QueueDepth(long deliveries, double oldestSeconds) {}

  /** Deletes finished deliveries older than {@code before}; returns how many. */
  public int deleteFinishedBefore(Instant before) {
    return jdbc.update(
        """
        DELETE FROM webhook_delivery
        WHERE status IN ('SUCCEEDED', 'FAILED') AND updated_at < ?
        """,
        before);
  }
}
