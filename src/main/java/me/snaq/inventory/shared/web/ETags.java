package me.snaq.inventory.shared.web;

import java.util.OptionalLong;
import me.snaq.inventory.shared.error.ValidationFailedException;

/**
 * Entity tags of versioned resources: the version number, quoted. {@code If-Match} takes one such
 * tag (weak or strong) or {@code *}; any other quoted tag matches nothing (412), and what is not a
 * tag at all is a 400 on the header.
 */
public final class ETags {
  public static final String IF_MATCH = "If-Match";

  /** What a well-formed tag that is none of ours demands: no resource has this version. */
  public static final long NO_VERSION = Long.MIN_VALUE;

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an {@code If-Match} header demands; empty when absent or {@code *}. */
  public static OptionalLong expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return OptionalLong.empty();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      try {
        return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
      } catch (NumberFormatException e) {
        // tags are opaque: a well-formed one that is none of ours matches no version (412)
        return OptionalLong.of(NO_VERSION);
      }
    }
    throw new ValidationFailedException(IF_MATCH, "ifMatch");
  }
}
