package me.snaq.inventory.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time from a character stream, as spreadsheets export them:
 * comma-separated, double-quoted fields may hold commas, quotes ({@code ""}) and line breaks;
 * records end with LF, CR or CRLF; a leading byte-order mark is skipped. Only the current record is
 * held in memory, so a large upload is never read whole.
 */
public final class CsvRecords {
  private static final int END = -1;
  private static final int NONE = -2;

  private final Reader in;
  private final char[] buffer = new char[8192];
  private int position;
  private int length;
  private boolean started;

  public CsvRecords(Reader in) {
    this.in = in;
  }

  /** Every record of a whole text. */
  public static List<List<String>> readAll(String text) {
    CsvRecords reader = new CsvRecords(new StringReader(text));
    List<List<String>> records = new ArrayList<>();
    for (List<String> record = reader.next(); record != null; record = reader.next()) {
      records.add(record);
    }
    return records;
  }

  /** The fields of the next record, or null after the last one. */
  public List<String> next() {
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int c = read(); c != END; c = read()) {
      if (quoted) {
        if (c == '"' && peek() == '"') {
          read();
          field.append('"');
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(CsvOutput.unguarded(field.toString()));
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        record.add(CsvOutput.unguarded(field.toString()));
        return record;
      } else {
        field.append((char) c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(CsvOutput.unguarded(field.toString()));
      return record;
    }
    return null;
  }

  private int read() {
    int c = peek();
    if (c != END) {
      position++;
    }
    return c;
  }

  private int peek() {
    if (position == length && fill() == NONE) {
      return END;
    }
    return buffer[position];
  }

  private int fill() {
    try {
      int read;
      do {
        read = in.read(buffer, 0, buffer.length);
      } while (read == 0);
      if (read < 0) {
        return NONE;
      }
      position = 0;
      length = read;
      if (!started) {
        started = true;
        if (buffer[0] == '\uFEFF') {
          position = 1;
          if (length == 1) {
            return fill();
          }
        }
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
