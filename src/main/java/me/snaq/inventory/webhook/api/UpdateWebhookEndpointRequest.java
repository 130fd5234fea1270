package me.snaq.inventory.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import me.snaq.inventory.webhook.domain.EndpointSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UpdateWebhookEndpointRequest",
    example =
        "{\"url\": \"https://hooks.kinoko.example/snaq\", \"events\": [\"allocation.*\"],"
            + " \"active\": true}")
public record UpdateWebhookEndpointRequest(
    @NotBlank @Size(max = 2048) String url,
    @NotEmpty @Size(max = 32) List<@NotNull @Size(max = 64) String> events,
    @NotNull
        @Schema(description = "false turns the endpoint off; true turns a disabled one on again.")
        Boolean active,
    @Size(max = 500) String description) {

  EndpointSettings settings() {
    return new EndpointSettings(url, events, description);
  }
}
