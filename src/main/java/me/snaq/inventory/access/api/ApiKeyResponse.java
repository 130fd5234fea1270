package me.snaq.inventory.access.api;

import java.time.Instant;
import java.util.UUID;
import me.snaq.inventory.access.domain.ApiKey;
import me.snaq.inventory.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key as listed: never its secret.")
public record ApiKeyResponse(
    UUID id,
    String name,
    Role role,
    String brand,
    @Schema(description = "First characters of the secret, to recognise it.") String prefix,
    Instant createdAt,
    String createdBy,
    Instant revokedAt) {

  static ApiKeyResponse from(ApiKey key) {
    return new ApiKeyResponse(
        key.id(),
        key.name(),
        key.role(),
        key.brand(),
        key.keyPrefix(),
        key.createdAt(),
        key.createdBy(),
        key.revokedAt());
  }
}
