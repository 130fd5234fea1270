package me.snaq.inventory.webhook.api;

import java.time.Instant;
import java.util.List;
import me.snaq.inventory.webhook.WebhookService.WithSecret;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEndpointWithSecret")
public record WebhookEndpointWithSecretResponse(
    long id,
    String url,
    List<String> events,
    String brand,
    String description,
    boolean active,
    @Schema(
            description =
                "`whsec_` and the base64 of 32 random bytes: the key of the Standard Webhooks"
                    + " signature. Shown only in this response.",
            example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw+ZBxJmEyq5E=")
        String secret,
    Instant previousSecretUntil,
    long version,
    Instant createdAt) {

  static WebhookEndpointWithSecretResponse from(WithSecret made) {
    var endpoint = made.endpoint();
    return new WebhookEndpointWithSecretResponse(
        endpoint.id(),
        endpoint.url(),
        endpoint.events(),
        endpoint.brand(),
        endpoint.description(),
        endpoint.active(),
        made.secret(),
        endpoint.previousSecretUntil(),
        endpoint.version(),
        endpoint.createdAt());
  }
}
