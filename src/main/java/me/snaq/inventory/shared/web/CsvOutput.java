package me.snaq.inventory.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writing CSV for spreadsheets (RFC 4180, CRLF line ends), and whether a request asked for it. The
 * one home of the quoting rule, which also defuses spreadsheet formulas (and of undoing that when
 * such a file comes back).
 */
public final class CsvOutput {
  public static final String MEDIA_TYPE = "text/csv";
  public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";

  /** A value a spreadsheet would run as a formula, or one already guarded (quotes before it). */
  private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@].*", Pattern.DOTALL);

  /** A guarded value: one quote, added on the way out, to take off on the way back in. */
  private static final Pattern GUARDED = Pattern.compile("^''*[=+\\-@].*", Pattern.DOTALL);

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

  /**
   * A field as it was before {@link #field} guarded it: a CSV this service wrote reads back
   * unchanged.
   */
  public static String unguarded(String value) {
    return GUARDED.matcher(value).matches() ? value.substring(1) : value;
  }

  /**
   * A CSV download streamed as it is written: the header, then the rows {@code rows} hands to the
   * sink it is given, each a {@link #row}.
   */
  public static Response attachment(
      String fileName, String header, Consumer<Consumer<String>> rows) {
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          writer.write(header);
          rows.accept(
              line -> {
                try {
                  writer.write(line);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
          writer.flush();
        };
    return Response.ok(body, CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
        .build();
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
