package me.snaq.inventory.subscriber.domain;

import java.util.List;

/**
 * One broken rule of an item: the field (a path inside the item, such as {@code ngSkus[3]}), the
 * key of its message among the {@code field.*} entries of the problems bundle, and the message's
 * arguments. Localized only when the response is written.
 */
public record Violation(String field, String key, List<Object> arguments) {

  public static Violation of(String field, String key, Object... arguments) {
    return new Violation(field, key, List.of(arguments));
  }
}
