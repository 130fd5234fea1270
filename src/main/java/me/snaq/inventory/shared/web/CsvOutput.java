package me.snaq.inventory.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;

/**
 * Writing CSV for spreadsheets (RFC 4180, CRLF line ends), and whether a request asked for it. The
 * one home of the quoting rule, which also defuses spreadsheet formulas.
 */
public final class CsvOutput {
  public static final String MEDIA_TYPE = "text/csv";
  public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";
  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@].*", Pattern.DOTALL);

  private CsvOutput() {}

  /** One record: each value quoted where needed, joined by commas, ended by CRLF. */
  public static String row(Object... values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(values[i] == null ? null : values[i].toString()));
    }
    return line.append("\r\n").toString();
  }

  /** RFC 4180 quoting, and a leading quote against spreadsheet formula injection. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe = FORMULA_START.matcher(value).matches() ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  /** True when the request's Accept prefers CSV to JSON (the first of them named wins). */
  public static boolean preferred(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
        return false;
      }
      if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
        return true;
      }
    }
    return false;
  }
}
