package me.snaq.inventory.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import me.snaq.inventory.shared.error.ValidationFailedException;

/**
 * A validated page request of a keyset-paginated list: how many items, and the sort key after which
 * the page starts (decoded from the opaque cursor of the previous page).
 */
public record PageRequest(int limit, String after) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses the raw query values; a bad number, range or cursor is a 400 on that parameter. */
  public static PageRequest of(String limit, String cursor) {
    return new PageRequest(parseLimit(limit), decode(cursor));
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /** The cursor that starts the page after the item with this sort key. */
  public static String cursorAfter(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor's key as a numeric id, for lists ordered by a generated id. */
  public Long afterId() {
    if (after == null) {
      return null;
    }
    try {
      return Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new ValidationFailedException("cursor", "invalidCursor");
    }
  }

  private static int parseLimit(String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    int value;
    try {
      value = Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      throw new ValidationFailedException("limit", "wrongType", "integer");
    }
    if (value < 1) {
      throw new ValidationFailedException("limit", "pageTooSmall");
    }
    if (value > MAX_LIMIT) {
      throw new ValidationFailedException("limit", "pageTooLarge", MAX_LIMIT);
    }
    return value;
  }

  private static String decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith("k:")) {
        return decoded.substring(2);
      }
    } catch (IllegalArgumentException e) {
      // reported below as an invalid cursor
    }
    throw new ValidationFailedException("cursor", "invalidCursor");
  }
}
