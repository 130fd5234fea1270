package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReleaseRequest", example = "{\"reason\": \"ORDER_CANCELLED\"}")
public record ReleaseRequest(
    @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,31}$") @Schema(description = "A short reason code.")
        String reason) {}
