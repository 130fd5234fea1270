package me.snaq.inventory.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery as listed: its event, where it stands, and each attempt so far. Failed attempts are
 * kept one by one; a delivery's last attempt, when it succeeded, is the delivery itself.
 */
public record DeliveryView(
    long id,
    UUID eventId,
    String type,
    Instant occurredAt,
    String brand,
    String data,
    DeliveryStatus status,
    int attempts,
    Integer responseStatus,
    Integer durationMs,
    String error,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant updatedAt,
    List<Attempt> attemptLog) {

  /** One attempt: its outcome, the answer, and when the next was due. */
  public record Attempt(
      int attempt,
      String outcome,
      Integer responseStatus,
      int durationMs,
      String error,
      Instant attemptedAt,
      Instant nextAttemptAt) {}

  public DeliveryView withAttempts(List<Attempt> attempts) {
    return new DeliveryView(
        id,
        eventId,
        type,
        occurredAt,
        brand,
        data,
        status,
        this.attempts,
        responseStatus,
        durationMs,
        error,
        nextAttemptAt,
        createdAt,
        updatedAt,
        attempts);
  }
}
