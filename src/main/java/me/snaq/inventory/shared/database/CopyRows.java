package me.snaq.inventory.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Rows for {@code COPY ... FROM STDIN} in PostgreSQL's text format: values separated by tabs, rows
 * by newlines, {@code \N} for null, and backslash, tab, newline and carriage return escaped, so any
 * text survives as written.
 */
public final class CopyRows {
  private final Writer out;

  CopyRows(Writer out) {
    this.out = out;
  }

  /** Writes one row; values are written with {@code toString()}, nulls as SQL NULL. */
  public void row(Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write('\t');
        }
        writeValue(values[i]);
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeValue(Object value) throws IOException {
    if (value == null) {
      out.write("\\N");
      return;
    }
    String text = value.toString();
    if (!needsEscape(text)) {
      out.write(text); // one call: the writer takes a lock per call, and rows run to millions
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.write("\\\\");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        default -> out.write(c);
      }
    }
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
