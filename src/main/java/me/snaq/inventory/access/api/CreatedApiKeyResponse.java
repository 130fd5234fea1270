package me.snaq.inventory.access.api;

import java.time.Instant;
import java.util.UUID;
import me.snaq.inventory.access.ApiKeyService.IssuedKey;
import me.snaq.inventory.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedApiKey", description = "A new key. The secret `key` is shown only here.")
public record CreatedApiKeyResponse(
    UUID id, String key, String name, Role role, String brand, String prefix, Instant createdAt) {

  static CreatedApiKeyResponse from(IssuedKey issued) {
    return new CreatedApiKeyResponse(
        issued.key().id(),
        issued.secret().value(),
        issued.key().name(),
        issued.key().role(),
        issued.key().brand(),
        issued.key().keyPrefix(),
        issued.key().createdAt());
  }
}
