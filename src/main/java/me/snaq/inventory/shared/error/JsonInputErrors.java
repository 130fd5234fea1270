package me.snaq.inventory.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Describes a JSON body that could not be bound, in the client's terms: which field, and what was
 * expected. Java class names never reach the message; a body that is not JSON at all yields no
 * field errors (the caller reports it as malformed).
 */
@ApplicationScoped
public class JsonInputErrors {
  private final ProblemFactory problems;

  public JsonInputErrors(ProblemFactory problems) {
    this.problems = problems;
  }

  public List<FieldError> describe(JsonProcessingException e, Locale locale) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return List.of();
    }
    String field = path(mapping);
    if (e instanceof UnrecognizedPropertyException) {
      return List.of(new FieldError(field, problems.fieldMessage("unknownProperty", locale)));
    }
    Class<?> target =
        e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (e instanceof InvalidFormatException && target != null && target.isEnum()) {
      String allowed = Arrays.toString(target.getEnumConstants());
      return List.of(new FieldError(field, problems.fieldMessage("invalidValue", locale, allowed)));
    }
    return List.of(
        new FieldError(field, problems.fieldMessage("wrongType", locale, typeName(target))));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value of the documented type";
    }
    if (type.isEnum()) {
      return Arrays.toString(type.getEnumConstants());
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == String.class) {
      return "string";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "date or time in ISO-8601";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "object";
    }
    return "value of the documented type";
  }
}
