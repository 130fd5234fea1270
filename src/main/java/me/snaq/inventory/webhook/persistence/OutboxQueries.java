package me.snaq.inventory.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.UnnestRows;
import me.snaq.inventory.webhook.OutboxEvent;
import me.snaq.inventory.webhook.WebhookEventType;

/**
 * The outbox's writes. In the transaction of a change, one row holding all the events of the
 * statement that publishes them (one small insert, whatever their number: the hot paths pay
 * little), and nothing at all while no endpoint is active. Then, on any replica, the relay: each
 * outbox row, once, into one delivery per active endpoint that takes each of its events, deleted in
 * the same transaction. Plain JDBC: other modules embed the first in their own set-based statements
 * (an allocation batch writes its events in its one statement).
 */
@ApplicationScoped
public class OutboxQueries {
  /** Whether endpoint {@code w} takes the event row {@code %1$s} (type, brand, brand_only). */
  private static final String TAKES =
      """
      w.active
        AND (%1$s.type = ANY (w.events) OR split_part(%1$s.type, '.', 1) || '.*' = ANY (w.events)
          OR '*' = ANY (w.events))
        AND (w.brand_code = %1$s.brand OR (w.brand_code IS NULL AND NOT %1$s.brand_only))
      """;

  /**
   * Relays up to {@code ?} outbox rows, oldest first, claimed with SKIP LOCKED: each event gets an
   * id and one delivery per active endpoint that takes it.
   */
  private static final String RELAY =
      """
      WITH o AS (DELETE FROM webhook_outbox WHERE id IN (
          SELECT id FROM webhook_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
        RETURNING id, created_at, events),
      x AS MATERIALIZED (SELECT gen_random_uuid() AS id, e.value->>'type' AS type,
          e.value->>'brand' AS brand, (e.value->>'brandOnly')::boolean AS brand_only,
          o.created_at, e.value->'data' AS data
        FROM o, jsonb_array_elements(o.events) e),
      d AS (INSERT INTO webhook_delivery (event_id, type, brand_code, occurred_at, data,
          endpoint_id, status, next_attempt_at, created_at, updated_at)
        SELECT x.id, x.type, x.brand, x.created_at, x.data, w.id, 'PENDING', now(), now(), now()
        FROM x JOIN webhook_endpoint w ON %s
        RETURNING id)
      SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM d)
      """
          .formatted(TAKES.formatted("x"));

  private final Jdbc jdbc;

  public OutboxQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Common table expressions {@code <name>_s} and {@code <name>_o} that write the events (of the
   * {@code types} named) that {@code select} yields (columns {@code type, brand, brand_only, data}
   * of types varchar, varchar, boolean, jsonb) as one outbox row; {@code <name>_o} returns its id,
   * none when there were no events or no active endpoint takes any of the types (then the select is
   * not even evaluated: a one-time filter, so an endpoint for other events costs a hot statement
   * nothing).
   */
  public static String insertFrom(String name, Collection<WebhookEventType> types, String select) {
    // wire names are the enum's own constants: safe as literals, and they keep the filter one-time
    String taken =
        types.stream()
            .flatMap(type -> Stream.of(type.wireName(), type.group()))
            .distinct()
            .map(wire -> "'" + wire + "'")
            .collect(Collectors.joining(", "));
    return """
        %1$s_s AS (SELECT q.* FROM (%2$s) q
          WHERE EXISTS (SELECT 1 FROM webhook_endpoint w WHERE w.active
            AND w.events && ARRAY[%3$s, '*'])),
        %1$s_o AS (INSERT INTO webhook_outbox (created_at, events)
          SELECT now(), jsonb_agg(jsonb_build_object('type', s.type, 'brand', s.brand,
            'brandOnly', s.brand_only, 'data', s.data))
          FROM %1$s_s s HAVING count(*) > 0
          RETURNING id)
        """
        .formatted(name, select, taken);
  }

  /** Writes the events {@code select} yields (see {@link #insertFrom}); returns the rows made. */
  public int insertSelected(
      Collection<WebhookEventType> types, String select, Object... parameters) {
    return jdbc.list(
            "WITH %s SELECT count(*) FROM wh_o".formatted(insertFrom("wh", types, select)),
            row -> row.getInt(1),
            parameters)
        .get(0);
  }

  /** Writes the events (each with its data as JSON text); returns the rows made. */
  public int insert(List<OutboxEvent> events, List<String> jsonData) {
    UnnestRows<Integer> rows =
        new UnnestRows<>(IntStream.range(0, events.size()).boxed().toList())
            .column("type", i -> events.get(i).type().wireName(), String[]::new)
            .column("brand", i -> events.get(i).brand(), String[]::new)
            .column("brand_only", i -> events.get(i).brandOnly(), Boolean[]::new)
            .column("data", jsonData::get, String[]::new);
    String select =
        "SELECT t.type, t.brand, t.brand_only, t.data::jsonb AS data FROM %s"
            .formatted(rows.as("t"));
    return insertSelected(
        events.stream().map(OutboxEvent::type).collect(Collectors.toSet()),
        select,
        rows.parameters().toArray());
  }

  /** Relays up to {@code limit} outbox rows; returns how many rows and deliveries it made. */
  public Relayed relay(int limit) {
    return jdbc.list(RELAY, row -> new Relayed(row.getInt(1), row.getInt(2)), limit).get(0);
  }

  /** Outbox rows relayed, and the deliveries they made. */
  public record Relayed(int rows, int deliveries) {}

  /** A {@code ping} event for one endpoint only, as its delivery; returns the delivery's id. */
  public long ping(long endpointId, String brand, String jsonData) {
    return jdbc.list(
            """
            INSERT INTO webhook_delivery (event_id, type, brand_code, occurred_at, data,
              endpoint_id, status, next_attempt_at, created_at, updated_at)
            VALUES (gen_random_uuid(), 'ping', ?, now(), ?::jsonb, ?, 'PENDING', now(), now(),
              now())
            RETURNING id
            """,
            row -> row.getLong(1),
            brand,
            jsonData,
            endpointId)
        .get(0);
  }
}
