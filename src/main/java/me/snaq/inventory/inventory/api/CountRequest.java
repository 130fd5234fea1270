package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountRequest", example = "{\"counted\": 476, \"expectedOnHand\": 480}")
public record CountRequest(
    @NotNull @PositiveOrZero @Max(1_000_000) Integer counted,
    @PositiveOrZero
        @Schema(description = "Optional: the on-hand quantity the count was taken against.")
        Integer expectedOnHand,
    @Size(max = 500) String note) {}
