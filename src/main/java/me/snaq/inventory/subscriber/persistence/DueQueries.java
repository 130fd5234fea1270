package me.snaq.inventory.subscriber.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.subscriber.domain.DueProfile;

/** The assignment engine's load of subscribers due on a date: the hot path of a run's start. */
@ApplicationScoped
public class DueQueries {
  /**
   * The engine's load in one statement: the due profiles, each with its history before the date
   * read through the {@code (subscriber_id, delivery_date, sku)} index (index-only): the last date
   * of every product received, and the latest distinct box dates. The history travels as
   * comma-separated text (SKUs hold no comma) and dates as epoch days: JDBC decodes each element of
   * a date array through a Calendar, which for millions of dates cost more than the query. Measured
   * with 100,000 due subscribers and 4.8 million deliveries on the 2-core development machine:
   * about 4 s in PostgreSQL and 8 to 10 s with the mapping, in the instrumented test JVM (a
   * hash-join form of the same query spilled to disk and took 11 to 21 s in PostgreSQL alone).
   */
  private static final String PROFILE_WITH_HISTORY =
      "SELECT "
          + ProfileRows.COLUMNS
          + """
            , h.skus, h.lasts, b.dates FROM subscriber_profile p
            LEFT JOIN LATERAL (SELECT string_agg(x.sku, ',') AS skus,
            string_agg(CAST(x.last - DATE '1970-01-01' AS text), ',') AS lasts
            FROM (SELECT d.sku, max(d.delivery_date) AS last FROM subscriber_delivery d
            WHERE d.subscriber_id = p.id AND d.delivery_date < ? GROUP BY d.sku) x) h ON true
            LEFT JOIN LATERAL (SELECT
            string_agg(CAST(y.delivery_date - DATE '1970-01-01' AS text), ',') AS dates
            FROM (SELECT DISTINCT d.delivery_date FROM subscriber_delivery d
            WHERE d.subscriber_id = p.id AND d.delivery_date < ?
            ORDER BY d.delivery_date DESC LIMIT ?) y) b ON true
            """;

  private static final String DUE =
      PROFILE_WITH_HISTORY
          + """
            WHERE p.status = 'ACTIVE' AND p.next_delivery_date = ? AND p.brand_code = ANY(?)
            AND (hashtext(p.id) & 2147483647) % ? = ?
            """;

  private final Jdbc jdbc;

  public DueQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One subscriber's profile with their history before the date, whatever their status and next
   * delivery now: what a run read of them, as far as it is still known.
   */
  public Optional<DueProfile> one(String id, LocalDate date, int maxBoxes) {
    return jdbc
        .list(
            PROFILE_WITH_HISTORY + " WHERE p.id = ?",
            row -> ProfileRows.due(row, new HashMap<>()),
            date,
            date,
            maxBoxes,
            id)
        .stream()
        .findFirst();
  }

  /**
   * Every ACTIVE subscriber of these brands due on the date, with their history before it and at
   * most {@code maxBoxes} box dates each, in no particular order: those whose id hashes to {@code
   * part} of {@code parts} (part 0 of 1 is all of them). Codes and dates repeat across subscribers,
   * so each is held once per call: a load of 100,000 profiles keeps one copy of every SKU string
   * per part.
   */
  public List<DueProfile> due(
      LocalDate date, Collection<String> brands, int maxBoxes, int part, int parts) {
    if (brands.isEmpty()) {
      return List.of();
    }
    // Compiling this plan costs PostgreSQL's JIT about 0.7 s, more than it saves (measured).
    jdbc.execute("SET LOCAL jit = off");
    Map<Object, Object> canonical = new HashMap<>();
    return jdbc.list(
        DUE,
        row -> ProfileRows.due(row, canonical),
        date,
        date,
        maxBoxes,
        date,
        brands.toArray(String[]::new),
        parts,
        part);
  }
}
