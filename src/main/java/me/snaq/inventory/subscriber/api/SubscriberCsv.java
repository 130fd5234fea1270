package me.snaq.inventory.subscriber.api;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.web.CsvOutput;
import me.snaq.inventory.shared.web.CsvRecords;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.ProfileItem;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberStatus;
import me.snaq.inventory.subscriber.domain.Profile;
import me.snaq.inventory.subscriber.domain.Violation;

/**
 * Profiles from CSV, read line by line as the body streams in: a header row naming the columns (id,
 * brand, status, nextDeliveryDate, excludedIngredients, ngSkus, likedCategories, ratings, requests;
 * any order, any case, underscores ignored), then one profile per line. Lists are separated by
 * {@code ;}, ratings are {@code sku:LEVEL} pairs separated by {@code ;}. Each line becomes the same
 * input a JSON item does; its index is its line number.
 */
final class SubscriberCsv implements Iterator<ProfileItem> {
  static final String HEADER =
      "id,brand,status,nextDeliveryDate,excludedIngredients,ngSkus,likedCategories,ratings,requests";
  private static final List<String> REQUIRED = List.of("id", "brand", "status");

  private final CsvRecords records;
  private final Map<String, Integer> columns = new HashMap<>();
  private List<String> upcoming;
  private int line = 1;

  SubscriberCsv(InputStream body) {
    this.records = new CsvRecords(new InputStreamReader(body, StandardCharsets.UTF_8));
    List<String> header = records.next();
    if (header != null) {
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i).trim().toLowerCase(Locale.ROOT).replace("_", ""), i);
      }
    }
    if (!columns.keySet().containsAll(REQUIRED)) {
      throw new ValidationFailedException("body", "csvHeader", HEADER);
    }
  }

  @Override
  public boolean hasNext() {
    while (upcoming == null) {
      List<String> record = records.next();
      if (record == null) {
        return false;
      }
      line++;
      if (!record.stream().allMatch(String::isBlank)) {
        upcoming = record;
      }
    }
    return true;
  }

  @Override
  public ProfileItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<String> record = upcoming;
    upcoming = null;
    List<Violation> errors = new ArrayList<>();
    ProfileInput input =
        new ProfileInput(
            value(record, "id"),
            value(record, "brand"),
            status(value(record, "status"), errors),
            date(value(record, "nextdeliverydate"), errors),
            list(value(record, "excludedingredients")),
            list(value(record, "ngskus")),
            list(value(record, "likedcategories")),
            ratings(value(record, "ratings"), errors),
            list(value(record, "requests")));
    return errors.isEmpty()
        ? ProfileItem.read(line, input)
        : ProfileItem.unreadable(line, input.id(), errors);
  }

  /** A profile as one line under {@link #HEADER}: what this reader reads back unchanged. */
  static String row(Profile p) {
    return CsvOutput.row(
        p.id(),
        p.brand(),
        p.status(),
        p.nextDeliveryDate(),
        String.join(";", p.excludedIngredients()),
        String.join(";", p.ngSkus()),
        String.join(";", p.likedCategories()),
        p.ratings().entrySet().stream()
            .map(e -> e.getKey() + ":" + e.getValue())
            .collect(Collectors.joining(";")),
        String.join(";", p.requests()));
  }

  private String value(List<String> record, String column) {
    Integer index = columns.get(column.toLowerCase(Locale.ROOT));
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  private static SubscriberStatus status(String value, List<Violation> errors) {
    try {
      return value == null ? null : SubscriberStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          Violation.of("status", "invalidValue", Arrays.toString(SubscriberStatus.values())));
      return null;
    }
  }

  private static LocalDate date(String value, List<Violation> errors) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(Violation.of("nextDeliveryDate", "wrongType", "date (YYYY-MM-DD)"));
      return null;
    }
  }

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, Rating> ratings(String value, List<Violation> errors) {
    Map<String, Rating> ratings = new LinkedHashMap<>();
    for (String pair : list(value)) {
      int colon = pair.lastIndexOf(':');
      if (colon < 1) {
        errors.add(Violation.of("ratings", "ratingPairs"));
        continue;
      }
      String sku = pair.substring(0, colon).trim();
      String level = pair.substring(colon + 1).trim().toUpperCase(Locale.ROOT);
      try {
        ratings.put(sku, Rating.valueOf(level));
      } catch (IllegalArgumentException e) {
        errors.add(
            Violation.of("ratings[" + sku + "]", "invalidValue", Arrays.toString(Rating.values())));
      }
    }
    return ratings;
  }
}
