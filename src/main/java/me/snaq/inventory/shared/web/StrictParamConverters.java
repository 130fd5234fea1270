package me.snaq.inventory.shared.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import me.snaq.inventory.shared.error.ValidationFailedException;

/**
 * Converts enum, boolean, number, date and instant query parameters strictly, reporting a bad value
 * as a 400 on the named parameter. Without it JAX-RS would answer a bad query value with a bare
 * 404.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (rawType.isEnum()) {
      return (ParamConverter<T>) new EnumConverter(rawType, name);
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>) new BooleanConverter(name);
    }
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>) new DateConverter(name);
    }
    if (rawType == Instant.class) {
      return (ParamConverter<T>) new InstantConverter(name);
    }
    if (rawType == Long.class) {
      return (ParamConverter<T>) new NumberConverter<>(name, Long::valueOf);
    }
    if (rawType == Integer.class) {
      return (ParamConverter<T>) new NumberConverter<>(name, Integer::valueOf);
    }
    return null;
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
      if (annotation instanceof HeaderParam header) {
        return header.value();
      }
    }
    return "parameter";
  }

  private record EnumConverter<E extends Enum<E>>(Class<E> type, String name)
      implements ParamConverter<E> {
    @Override
    public E fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ValidationFailedException(
            name, "invalidValue", Arrays.toString(type.getEnumConstants()));
      }
    }

    @Override
    public String toString(E value) {
      return value.name();
    }
  }

  private record BooleanConverter(String name) implements ParamConverter<Boolean> {
    @Override
    public Boolean fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new ValidationFailedException(name, "wrongType", "boolean");
      };
    }

    @Override
    public String toString(Boolean value) {
      return value.toString();
    }
  }

  /**
   * ISO-8601 date-times with any of the offset forms: {@code Z}, {@code +09:00}, {@code +0900}
   * (what generated Python clients send) or {@code +09}.
   */
  private static final DateTimeFormatter WITH_OFFSET =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMMss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter();

  private record InstantConverter(String name) implements ParamConverter<Instant> {
    @Override
    public Instant fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      // a '+' the client did not escape arrives as a space
      String text = value.trim().replace(' ', '+');
      try {
        return OffsetDateTime.parse(text, WITH_OFFSET).toInstant();
      } catch (DateTimeParseException e) {
        throw new ValidationFailedException(name, "wrongType", "ISO-8601 instant");
      }
    }

    @Override
    public String toString(Instant value) {
      return value.toString();
    }
  }

  private record NumberConverter<N extends Number>(String name, Function<String, N> parse)
      implements ParamConverter<N> {
    @Override
    public N fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return parse.apply(value.trim());
      } catch (NumberFormatException e) {
        throw new ValidationFailedException(name, "wrongType", "integer");
      }
    }

    @Override
    public String toString(N value) {
      return value.toString();
    }
  }

  private record DateConverter(String name) implements ParamConverter<LocalDate> {
    @Override
    public LocalDate fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new ValidationFailedException(name, "wrongType", "date (YYYY-MM-DD)");
      }
    }

    @Override
    public String toString(LocalDate value) {
      return value.toString();
    }
  }
}
