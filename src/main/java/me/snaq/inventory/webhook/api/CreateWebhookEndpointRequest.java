package me.snaq.inventory.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import me.snaq.inventory.webhook.domain.EndpointSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateWebhookEndpointRequest",
    example =
        "{\"url\": \"https://hooks.kinoko.example/snaq\", \"events\": [\"allocation.*\","
            + " \"stock.low\"], \"brand\": \"kinoko\", \"description\": \"order sync\"}")
public record CreateWebhookEndpointRequest(
    @NotBlank @Size(max = 2048) String url,
    @NotEmpty
        @Size(max = 32)
        @Schema(
            description =
                "Event types (`lot.received`, `allocation.shipped`, ...), groups (`lot.*`,"
                    + " `allocation.*`, `stock.*`, `assignment_run.*`) or `*` for every event.")
        List<@NotNull @Size(max = 64) String> events,
    @Size(max = 32)
        @Schema(
            description =
                "The brand whose events the endpoint receives. A partner's endpoint is always its"
                    + " own brand's; staff may leave it out to receive every brand's events.")
        String brand,
    @Size(max = 500) String description) {

  EndpointSettings settings() {
    return new EndpointSettings(url, events, description);
  }
}
