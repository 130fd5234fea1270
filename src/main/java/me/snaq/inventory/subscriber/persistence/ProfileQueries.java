package me.snaq.inventory.subscriber.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.domain.Profile;
import me.snaq.inventory.subscriber.domain.Subscriber;
import me.snaq.inventory.subscriber.domain.SubscriberFilter;

/**
 * Subscriber profiles, written for the database: a whole batch is upserted in one statement and
 * reads map rows straight to records. Plain JDBC: bulk upserts and the engine's load are hot paths.
 */
@ApplicationScoped
public class ProfileQueries {
  private static final String UPSERT =
      """
      INSERT INTO subscriber_profile AS p (id, brand_code, status, next_delivery_date,
      excluded_ingredients, ng_skus, liked_categories, ratings, requests, created_at,
      updated_at)
      SELECT t.id, t.brand, t.status, CAST(t.next AS date), CAST(t.excluded AS text[]),
      CAST(t.ng AS text[]), CAST(t.liked AS text[]),
      jsonb_object(CAST(t.rated AS text[]), CAST(t.levels AS text[])),
      CAST(t.requests AS text[]), ?, ?
      FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS t(id, brand, status, next, excluded,
      ng, liked, rated, levels, requests)
      ORDER BY t.id
      ON CONFLICT (id) DO UPDATE SET brand_code = EXCLUDED.brand_code,
      status = EXCLUDED.status, next_delivery_date = EXCLUDED.next_delivery_date,
      excluded_ingredients = EXCLUDED.excluded_ingredients, ng_skus = EXCLUDED.ng_skus,
      liked_categories = EXCLUDED.liked_categories, ratings = EXCLUDED.ratings,
      requests = EXCLUDED.requests, version = p.version + 1,
      updated_at = EXCLUDED.updated_at
      WHERE (p.brand_code, p.status, p.next_delivery_date, p.excluded_ingredients,
      p.ng_skus, p.liked_categories, p.ratings, p.requests)
      IS DISTINCT FROM (EXCLUDED.brand_code, EXCLUDED.status,
      EXCLUDED.next_delivery_date, EXCLUDED.excluded_ingredients, EXCLUDED.ng_skus,
      EXCLUDED.liked_categories, EXCLUDED.ratings, EXCLUDED.requests)
      AND (CAST(? AS varchar) IS NULL OR p.brand_code = ?)
      RETURNING p.id, p.xmax = 0
      """;

  private final Jdbc jdbc;

  public ProfileQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the new profiles and updates the changed ones in one statement, in id order (so
   * concurrent batches lock rows in the same order). A profile equal to the stored one is left
   * alone; with {@code onlyBrand}, a stored profile of another brand is never overwritten. Returns
   * each id written: true when created, false when updated; ids absent were not touched.
   *
   * <p>The batch travels as one array per column. A profile's lists go as array literals, one
   * string per row (an array of arrays must be rectangular); their items are checked codes with no
   * quote, backslash, comma or space, and are quoted so that a code such as {@code NULL} stays
   * text.
   */
  public Map<String, Boolean> upsert(Collection<Profile> profiles, String onlyBrand, Instant now) {
    if (profiles.isEmpty()) {
      return Map.of();
    }
    int n = profiles.size();
    String[][] columns = new String[10][n];
    int i = 0;
    for (Profile p : profiles) {
      columns[0][i] = p.id();
      columns[1][i] = p.brand();
      columns[2][i] = p.status().name();
      columns[3][i] = p.nextDeliveryDate() == null ? null : p.nextDeliveryDate().toString();
      columns[4][i] = literal(p.excludedIngredients());
      columns[5][i] = literal(p.ngSkus());
      columns[6][i] = literal(p.likedCategories());
      columns[7][i] = literal(p.ratings().keySet());
      columns[8][i] = literal(p.ratings().values().stream().map(Rating::name).toList());
      columns[9][i] = literal(p.requests());
      i++;
    }
    Object[] parameters = new Object[14];
    parameters[0] = now;
    parameters[1] = now;
    System.arraycopy(columns, 0, parameters, 2, 10);
    parameters[12] = onlyBrand;
    parameters[13] = onlyBrand;
    Map<String, Boolean> written = new HashMap<>();
    jdbc.list(UPSERT, row -> Map.entry(row.getString(1), row.getBoolean(2)), parameters)
        .forEach(e -> written.put(e.getKey(), e.getValue()));
    return written;
  }

  /** Which of these ids belong to a subscriber of another brand than the given one. */
  public List<String> idsOfOtherBrands(Collection<String> ids, String brand) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.list(
        "SELECT id FROM subscriber_profile WHERE id = ANY(?) AND brand_code <> ?",
        row -> row.getString(1),
        ids.toArray(String[]::new),
        brand);
  }

  /** The brand of each of these subscribers that exists. */
  public Map<String, String> brandsOf(Collection<String> ids) {
    return ids.isEmpty() ? Map.of() : jdbc.read(brandsRead(ids));
  }

  /** {@link #brandsOf} as a read, to send with others in one round trip. */
  public Jdbc.Read<Map<String, String>> brandsRead(Collection<String> ids) {
    return new Jdbc.Read<>(
        "SELECT id, brand_code FROM subscriber_profile WHERE id = ANY(?)",
        new Object[] {ids.toArray(String[]::new)},
        rows -> {
          Map<String, String> brands = new HashMap<>();
          while (rows.next()) {
            brands.put(rows.getString(1), rows.getString(2));
          }
          return brands;
        });
  }

  public Optional<Subscriber> find(String id) {
    return jdbc.first(
        "SELECT "
            + ProfileRows.COLUMNS
            + """
              , p.version, p.created_at, p.updated_at
              FROM subscriber_profile p WHERE p.id = ?
              """,
        ProfileQueries::subscriber,
        id);
  }

  /** Subscribers in id order after the cursor, {@code limit + 1} rows. */
  public List<Subscriber> page(SubscriberFilter filter, String after, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = filtered(filter, after, parameters).append(" ORDER BY p.id LIMIT ?");
    parameters.add(limit + 1);
    return jdbc.list(sql.toString(), ProfileQueries::subscriber, parameters.toArray());
  }

  /** Every subscriber of the filter in id order, handed over as the rows arrive (in a tx). */
  public void each(SubscriberFilter filter, Consumer<Subscriber> consumer) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = filtered(filter, null, parameters).append(" ORDER BY p.id");
    jdbc.stream(sql.toString(), ProfileQueries::subscriber, consumer, parameters.toArray());
  }

  private static StringBuilder filtered(
      SubscriberFilter filter, String after, List<Object> parameters) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + ProfileRows.COLUMNS
                + """
                  , p.version, p.created_at, p.updated_at
                  FROM subscriber_profile p WHERE true
                  """);
    condition(sql, parameters, " AND p.id > ?", after);
    condition(sql, parameters, " AND p.brand_code = ?", filter.brand());
    condition(
        sql,
        parameters,
        " AND p.status = ?",
        filter.status() == null ? null : filter.status().name());
    condition(sql, parameters, " AND p.next_delivery_date = ?", filter.nextDeliveryDate());
    return sql;
  }

  /** Whether any subscriber exists (demo data loads once). */
  public boolean any() {
    return !jdbc.list("SELECT 1 FROM subscriber_profile LIMIT 1", row -> 1).isEmpty();
  }

  private static void condition(
      StringBuilder sql, List<Object> parameters, String condition, Object value) {
    if (value != null) {
      sql.append(condition);
      parameters.add(value);
    }
  }

  private static Subscriber subscriber(ResultSet row) throws SQLException {
    return new Subscriber(
        ProfileRows.profile(row),
        row.getLong(10),
        row.getObject(11, OffsetDateTime.class).toInstant(),
        row.getObject(12, OffsetDateTime.class).toInstant());
  }

  private static String literal(Collection<String> items) {
    StringBuilder literal = new StringBuilder("{");
    for (String item : items) {
      literal.append(literal.length() > 1 ? ",\"" : "\"").append(item).append('"');
    }
    return literal.append('}').toString();
  }
}
