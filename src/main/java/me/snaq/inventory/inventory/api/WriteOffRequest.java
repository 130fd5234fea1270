package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import me.snaq.inventory.inventory.domain.WriteOffReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WriteOffRequest", example = "{\"reason\": \"EXPIRED\"}")
public record WriteOffRequest(
    @Positive @Max(1_000_000) @Schema(description = "Absent: every unit no allocation holds.")
        Integer quantity,
    @NotNull WriteOffReason reason,
    @Size(max = 500) String note) {}
