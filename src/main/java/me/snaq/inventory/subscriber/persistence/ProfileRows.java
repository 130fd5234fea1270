package me.snaq.inventory.subscriber.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberStatus;
import me.snaq.inventory.subscriber.domain.DueProfile;
import me.snaq.inventory.subscriber.domain.Profile;

/**
 * Reads profile rows into records. A {@code canonical} map holds each code and date once: they
 * repeat across subscribers, and a load of 100,000 profiles then keeps one copy of every SKU.
 */
final class ProfileRows {
  /**
   * The profile columns. Ratings come as the jsonb's text and are parsed here: expanding them in
   * SQL doubled the time of a 100,000-profile load.
   */
  static final String COLUMNS =
      """
      p.id, p.brand_code, p.status, p.next_delivery_date, p.excluded_ingredients, p.ng_skus,
      p.liked_categories, p.ratings, p.requests
      """;

  private static final JsonFactory JSON = new JsonFactory();

  private ProfileRows() {}

  /** The profile of a row read with {@link #COLUMNS} first. */
  static Profile profile(ResultSet row) throws SQLException {
    return profile(row, new HashMap<>());
  }

  static Profile profile(ResultSet row, Map<Object, Object> canonical) throws SQLException {
    return new Profile(
        row.getString(1),
        once(canonical, row.getString(2)),
        SubscriberStatus.valueOf(row.getString(3)),
        once(canonical, row.getObject(4, LocalDate.class)),
        strings(row.getArray(5), canonical),
        strings(row.getArray(6), canonical),
        strings(row.getArray(7), canonical),
        ratings(row.getString(8), canonical),
        strings(row.getArray(9), canonical));
  }

  static DueProfile due(ResultSet row, Map<Object, Object> canonical) throws SQLException {
    Profile profile = profile(row, canonical);
    List<String> skus = split(row.getString(10));
    List<String> lasts = split(row.getString(11));
    Map<String, LocalDate> lastReceived = new HashMap<>();
    for (int i = 0; i < skus.size(); i++) {
      lastReceived.put(once(canonical, skus.get(i)), epochDay(lasts.get(i), canonical));
    }
    List<LocalDate> boxDates = new ArrayList<>();
    for (String day : split(row.getString(12))) {
      boxDates.add(epochDay(day, canonical));
    }
    boxDates.sort(Comparator.reverseOrder());
    return new DueProfile(profile, Map.copyOf(lastReceived), List.copyOf(boxDates));
  }

  @SuppressWarnings("unchecked")
  private static <T> T once(Map<Object, Object> canonical, T value) {
    return value == null ? null : (T) canonical.computeIfAbsent(value, v -> v);
  }

  private static List<String> strings(Array array, Map<Object, Object> canonical)
      throws SQLException {
    if (array == null) {
      return List.of();
    }
    String[] values = (String[]) array.getArray();
    for (int i = 0; i < values.length; i++) {
      values[i] = once(canonical, values[i]);
    }
    return List.of(values);
  }

  /** The items of a comma-separated list; none for null. */
  private static List<String> split(String list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    int start = 0;
    for (int comma = list.indexOf(','); comma >= 0; comma = list.indexOf(',', start)) {
      items.add(list.substring(start, comma));
      start = comma + 1;
    }
    items.add(list.substring(start));
    return items;
  }

  /**
   * A date sent as days since 1970-01-01, held once and parsed once. Keyed by a {@link Day}, not by
   * the digits themselves: a SKU may be all digits, and the same map holds SKUs.
   */
  private static LocalDate epochDay(String days, Map<Object, Object> canonical) {
    return (LocalDate)
        canonical.computeIfAbsent(new Day(days), d -> LocalDate.ofEpochDay(Long.parseLong(days)));
  }

  /** The digits of a day number, as a cache key apart from SKUs. */
  private record Day(String digits) {}

  /** Reads the ratings object, {@code {"SKU": "LEVEL", ...}}, as PostgreSQL writes it. */
  private static SortedMap<String, Rating> ratings(String json, Map<Object, Object> canonical)
      throws SQLException {
    SortedMap<String, Rating> ratings = new TreeMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String sku = once(canonical, parser.currentName());
        parser.nextToken();
        ratings.put(sku, Rating.valueOf(parser.getText()));
      }
    } catch (IOException e) {
      throw new SQLException("Unreadable ratings: " + json, e);
    }
    return ratings;
  }
}
