package me.snaq.inventory.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API key. New secrets carry 256 random bits, so a plain SHA-256 hash is enough to
 * store them (no password stretching is needed for high-entropy tokens) and lets a request's key be
 * found by an indexed lookup.
 */
public record ApiKeySecret(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PREFIX = "snaq_";

  public static ApiKeySecret generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String hash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The first characters, shown in lists so a key can be recognised without revealing it. */
  public String prefix() {
    return value.substring(0, Math.min(12, value.length()));
  }

  @Override
  public String toString() {
    return prefix() + "...";
  }
}
