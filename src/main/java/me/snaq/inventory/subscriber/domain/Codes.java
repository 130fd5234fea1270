package me.snaq.inventory.subscriber.domain;

/**
 * The shapes of the identifiers a profile names, checked character by character: a bulk request
 * checks hundreds of thousands of them, and these loops cost a fraction of a regular expression.
 * Letters and digits are ASCII only.
 */
final class Codes {
  private Codes() {}

  /** A subscriber id: 1 to 64 of letters, digits and {@code . _ : @ -}, a letter or digit first. */
  static boolean isSubscriberId(String s) {
    return shaped(s, 1, 64, false, "._:@-");
  }

  /** A SKU: 1 to 64 of letters, digits and {@code . _ -}, a letter or digit first. */
  static boolean isSku(String s) {
    return shaped(s, 1, 64, false, "._-");
  }

  /** A brand code: 2 to 32 of lowercase letters, digits and {@code -}, a letter first. */
  static boolean isBrandCode(String s) {
    return shaped(s, 2, 32, true, "-") && isLower(s.charAt(0));
  }

  /** An ingredient or category code: 1 to 32 of lowercase letters, digits and {@code -}. */
  static boolean isSlug(String s) {
    return shaped(s, 1, 32, true, "-") && isLower(s.charAt(0));
  }

  private static boolean shaped(String s, int min, int max, boolean lowercase, String punctuation) {
    if (s == null || s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = isLower(c) || (!lowercase && c >= 'A' && c <= 'Z');
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !digit && (i == 0 || punctuation.indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
