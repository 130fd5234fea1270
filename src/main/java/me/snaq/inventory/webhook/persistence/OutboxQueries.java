package me.snaq.inventory.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.IntStream;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.UnnestRows;
import me.snaq.inventory.webhook.OutboxEvent;

/**
 * The outbox's one write: events and, for each, one delivery per active endpoint that takes it, in
 * the statement (and so the transaction) of the change that causes them. An event no endpoint takes
 * is not written at all. Plain JDBC: other modules embed it in their own set-based statements (an
 * allocation batch writes its events in its one statement).
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

  private final Jdbc jdbc;

  public OutboxQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Common table expressions {@code <name>_e} and {@code <name>_d} that write the events {@code
   * select} yields (columns {@code type, brand, brand_only, data} of types varchar, varchar,
   * boolean, jsonb) with their deliveries; {@code <name>_d} returns one row per delivery.
   */
  public static String insertFrom(String name, String select) {
    return """
        %1$s_s AS (SELECT q.* FROM (%2$s) q
          WHERE EXISTS (SELECT 1 FROM webhook_endpoint WHERE active)),
        %1$s_e AS (INSERT INTO webhook_event (id, type, brand_code, brand_only, occurred_at, data)
          SELECT gen_random_uuid(), s.type, s.brand, s.brand_only, now(), s.data FROM %1$s_s s
          WHERE EXISTS (SELECT 1 FROM webhook_endpoint w WHERE %3$s)
          RETURNING id, type, brand_code AS brand, brand_only),
        %1$s_d AS (INSERT INTO webhook_delivery (event_id, endpoint_id, status, next_attempt_at,
            created_at, updated_at)
          SELECT e.id, w.id, 'PENDING', now(), now(), now()
          FROM %1$s_e e JOIN webhook_endpoint w ON %4$s
          RETURNING id)
        """
        .formatted(name, select, TAKES.formatted("s"), TAKES.formatted("e"));
  }

  /** Writes the events {@code select} yields (see {@link #insertFrom}); returns the deliveries. */
  public int insertSelected(String select, Object... parameters) {
    return jdbc.list(
            "WITH %s SELECT count(*) FROM wh_d".formatted(insertFrom("wh", select)),
            row -> row.getInt(1),
            parameters)
        .get(0);
  }

  /** Writes the events (each with its data as JSON text); returns the deliveries made. */
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
    return insertSelected(select, rows.parameters().toArray());
  }

  /** A {@code ping} event for one endpoint only, with its delivery; returns the delivery's id. */
  public long ping(long endpointId, String brand, String jsonData) {
    return jdbc.list(
            """
            WITH e AS (INSERT INTO webhook_event (id, type, brand_code, brand_only, occurred_at,
                data)
              VALUES (gen_random_uuid(), 'ping', ?, FALSE, now(), ?::jsonb) RETURNING id)
            INSERT INTO webhook_delivery (event_id, endpoint_id, status, next_attempt_at,
              created_at, updated_at)
            SELECT e.id, ?, 'PENDING', now(), now(), now() FROM e
            RETURNING id
            """,
            row -> row.getLong(1),
            brand,
            jsonData,
            endpointId)
        .get(0);
  }
}
