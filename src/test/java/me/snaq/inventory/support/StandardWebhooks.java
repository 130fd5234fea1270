package me.snaq.inventory.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification and sharing
 * no code with the service's signing: the HMAC-SHA256 of {@code id.timestamp.body}, keyed by the
 * base64-decoded secret after {@code whsec_}, must equal one of the space-separated {@code v1,}
 * signatures (compared in constant time), and the timestamp must be within five minutes.
 */
public final class StandardWebhooks {
  private StandardWebhooks() {}

  public static boolean verify(
      String secret, String id, String timestamp, String body, String signatureHeader) {
    if (Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000) > 300) {
      return false;
    }
    byte[] expected = expected(secret, id, timestamp, body);
    for (String candidate : signatureHeader.split(" ")) {
      String[] parts = candidate.split(",", 2);
      if (parts.length == 2
          && parts[0].equals("v1")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
        return true;
      }
    }
    return false;
  }

  public static boolean verify(String secret, WebhookReceiver.Received request) {
    return verify(
        secret,
        request.header("webhook-id"),
        request.header("webhook-timestamp"),
        request.body(),
        request.header("webhook-signature"));
  }

  static byte[] expected(String secret, String id, String timestamp, String body) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
