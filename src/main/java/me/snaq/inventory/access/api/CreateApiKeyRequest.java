package me.snaq.inventory.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import me.snaq.inventory.shared.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateApiKeyRequest",
    example = "{\"name\": \"Kinoko integration\", \"role\": \"PARTNER\", \"brand\": \"kinoko\"}")
public record CreateApiKeyRequest(
    @NotBlank @Size(max = 100) String name,
    @NotNull Role role,
    @Schema(description = "Required for PARTNER keys (a partner brand), absent for other roles.")
        String brand) {}
