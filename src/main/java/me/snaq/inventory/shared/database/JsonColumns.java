package me.snaq.inventory.shared.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values kept as JSON text in a column, written and read with one mapper. A value that cannot be
 * written or read is a programming error, not bad input: it fails loudly.
 */
public final class JsonColumns {
  private final ObjectMapper json;

  public JsonColumns(ObjectMapper json) {
    this.json = json;
  }

  public String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a value could not be written as JSON", e);
    }
  }

  /** The value of the text, or null for null. */
  public <T> T read(String text, TypeReference<T> type) {
    try {
      return text == null ? null : json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored JSON value could not be read", e);
    }
  }

  /** The value of the text, or null for null. */
  public <T> T read(String text, Class<T> type) {
    try {
      return text == null ? null : json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored JSON value could not be read", e);
    }
  }
}
