package me.snaq.inventory.shared.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import me.snaq.inventory.shared.error.MalformedRequestException;
import me.snaq.inventory.shared.error.ValidationFailedException;

/**
 * Binds the elements of a top-level JSON array one at a time, as the body arrives: only the current
 * element is in memory. An element that cannot be bound (a wrong type, an unknown property) is
 * skipped and reported with its error, so each element is refused on its own. A body that is not an
 * array is a 400 on {@code body}; broken JSON, wherever it is found, is {@code MALFORMED_REQUEST}.
 */
public final class JsonArrayItems<T> implements Iterator<JsonArrayItems.Item<T>> {
  private final JsonParser parser;
  private final ObjectReader reader;
  private JsonToken upcoming;
  private boolean started;
  private int index;

  /** One element, from 0: its value (null for JSON null), or why it could not be bound. */
  public record Item<T>(int index, T value, JsonProcessingException error) {}

  public JsonArrayItems(ObjectMapper mapper, Class<T> type, InputStream body) {
    this.reader = mapper.readerFor(type);
    try {
      this.parser = mapper.createParser(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (!started) {
      started = true;
      if (token() != JsonToken.START_ARRAY) {
        throw new ValidationFailedException("body", "wrongType", "array");
      }
      upcoming = token();
    }
    if (upcoming == JsonToken.END_ARRAY) {
      upcoming = null;
      if (token() != null) {
        throw new MalformedRequestException();
      }
    }
    return upcoming != null;
  }

  @Override
  public Item<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonStreamContext array =
        upcoming.isStructStart()
            ? parser.getParsingContext().getParent()
            : parser.getParsingContext();
    Item<T> item;
    try {
      item = new Item<>(index, reader.readValue(parser), null);
    } catch (JsonParseException e) {
      throw new MalformedRequestException();
    } catch (JsonProcessingException e) {
      skipRestOfElement(array);
      item = new Item<>(index, null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    index++;
    upcoming = token();
    if (upcoming == null) {
      throw new MalformedRequestException();
    }
    return item;
  }

  /** After a failed binding: reads on to the element's last token, back in the array. */
  private void skipRestOfElement(JsonStreamContext array) {
    while (parser.getParsingContext() != array) {
      if (token() == null) {
        throw new MalformedRequestException();
      }
    }
  }

  private JsonToken token() {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw new MalformedRequestException();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
