package me.snaq.inventory.webhook.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.webhook.domain.DeliveryStatus;
import me.snaq.inventory.webhook.domain.DeliveryView;
import me.snaq.inventory.webhook.domain.MessageIds;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery")
public record WebhookDeliveryResponse(
    long id,
    @Schema(description = "The event's id, sent as `webhook-id` on every attempt.") String eventId,
    String type,
    Instant occurredAt,
    DeliveryStatus status,
    @Schema(description = "Attempts made so far.") int attempt,
    @Schema(description = "The receiver's status on the last attempt.") Integer responseStatus,
    Integer durationMs,
    String error,
    @Schema(description = "When it is tried next (PENDING or RETRYING).") Instant nextAttemptAt,
    Instant createdAt,
    @Schema(description = "The event's data, as sent.", type = SchemaType.OBJECT) @JsonRawValue
        String data,
    List<Attempt> attempts) {

  @Schema(name = "WebhookAttempt")
  public record Attempt(
      int attempt,
      @Schema(enumeration = {"SUCCEEDED", "FAILED"}) String outcome,
      Integer responseStatus,
      int durationMs,
      String error,
      Instant attemptedAt,
      Instant nextAttemptAt) {}

  static WebhookDeliveryResponse from(DeliveryView delivery) {
    return new WebhookDeliveryResponse(
        delivery.id(),
        MessageIds.of(delivery.eventId()),
        delivery.type(),
        delivery.occurredAt(),
        delivery.status(),
        delivery.attempts(),
        delivery.responseStatus(),
        delivery.durationMs(),
        delivery.error(),
        delivery.nextAttemptAt(),
        delivery.createdAt(),
        delivery.data(),
        delivery.attemptLog().stream()
            .map(
                a ->
                    new Attempt(
                        a.attempt(),
                        a.outcome(),
                        a.responseStatus(),
                        a.durationMs(),
                        a.error(),
                        a.attemptedAt(),
                        a.nextAttemptAt()))
            .toList());
  }
}
