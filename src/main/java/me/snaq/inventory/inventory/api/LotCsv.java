package me.snaq.inventory.inventory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.web.CsvRecords;

/**
 * Reads receipts from CSV as a spreadsheet exports them: a header row naming the columns (sku,
 * lotCode, owner, bestBefore, quantity, location, optional receivedAt; any order, any case), then
 * one receipt per line. RFC 4180 quoting is understood.
 */
final class LotCsv {
  static final int MAX_ROWS = 5000;
  private static final List<String> REQUIRED =
      List.of("sku", "lotcode", "bestbefore", "quantity", "location");

  private LotCsv() {}

  /** A CSV line: the receipt it holds, or why it could not be read. */
  record Row(int line, ReceiveLotRequest request, ValidationFailedException error) {}

  static List<Row> parse(String text) {
    List<List<String>> records = CsvRecords.readAll(text == null ? "" : text);
    if (records.isEmpty()) {
      throw new ValidationFailedException("body", "csvHeader", String.join(",", REQUIRED));
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).trim().toLowerCase(Locale.ROOT).replace("_", ""), i);
    }
    if (!columns.keySet().containsAll(REQUIRED)) {
      throw new ValidationFailedException("body", "csvHeader", String.join(",", REQUIRED));
    }
    if (records.size() - 1 > MAX_ROWS) {
      throw new ValidationFailedException("body", "csvTooLong", MAX_ROWS);
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(row(r + 1, record, columns));
    }
    return rows;
  }

  private static Row row(int line, List<String> record, Map<String, Integer> columns) {
    try {
      return new Row(
          line,
          new ReceiveLotRequest(
              value(record, columns, "sku"),
              value(record, columns, "lotcode"),
              value(record, columns, "owner"),
              date(value(record, columns, "bestbefore")),
              integer(value(record, columns, "quantity")),
              value(record, columns, "location"),
              instant(value(record, columns, "receivedat"))),
          null);
    } catch (ValidationFailedException e) {
      return new Row(line, null, e);
    }
  }

  private static String value(List<String> record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValidationFailedException("bestBefore", "wrongType", "date (YYYY-MM-DD)");
    }
  }

  private static Integer integer(String value) {
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new ValidationFailedException("quantity", "wrongType", "integer");
    }
  }

  private static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValidationFailedException("receivedAt", "wrongType", "ISO-8601 instant");
    }
  }
}
