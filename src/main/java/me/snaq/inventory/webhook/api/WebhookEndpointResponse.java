package me.snaq.inventory.webhook.api;

import java.time.Instant;
import java.util.List;
import me.snaq.inventory.webhook.domain.WebhookEndpoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEndpoint")
public record WebhookEndpointResponse(
    long id,
    String url,
    List<String> events,
    @Schema(description = "The brand whose events it receives; absent: every brand's.")
        String brand,
    String description,
    boolean active,
    @Schema(description = "Why it is off: disabled by request, 410 Gone, or failing too long.")
        String disabledReason,
    @Schema(description = "Since when every attempt has failed; absent while it succeeds.")
        Instant failingSince,
    @Schema(description = "Until when the previous secret still signs beside the current one.")
        Instant previousSecretUntil,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookEndpointResponse from(WebhookEndpoint endpoint) {
    return new WebhookEndpointResponse(
        endpoint.id(),
        endpoint.url(),
        endpoint.events(),
        endpoint.brand(),
        endpoint.description(),
        endpoint.active(),
        endpoint.disabledReason(),
        endpoint.failingSince(),
        endpoint.previousSecretUntil(),
        endpoint.version(),
        endpoint.createdAt(),
        endpoint.updatedAt());
  }
}
