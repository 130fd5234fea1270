package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import me.snaq.inventory.subscriber.domain.Violation;

/** Why one JSON item could not be bound, as a violation on the field inside the item. */
final class ItemErrors {
  private ItemErrors() {}

  static Violation of(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return Violation.of("item", "wrongType", "object");
    }
    String field = path(mapping);
    if (e instanceof UnrecognizedPropertyException) {
      return Violation.of(field, "unknownProperty");
    }
    Class<?> target =
        e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (e instanceof InvalidFormatException && target != null && target.isEnum()) {
      return Violation.of(field, "invalidValue", Arrays.toString(target.getEnumConstants()));
    }
    return Violation.of(field, "wrongType", typeName(target));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFrom() instanceof Map<?, ?> && reference.getFieldName() != null) {
        path.append('[').append(reference.getFieldName()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "item" : path.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value of the documented type";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == LocalDate.class) {
      return "date (YYYY-MM-DD)";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    return "object";
  }
}
