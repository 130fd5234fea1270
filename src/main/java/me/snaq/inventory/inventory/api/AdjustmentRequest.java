package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import me.snaq.inventory.inventory.domain.AdjustmentReason;
import me.snaq.inventory.shared.web.NonZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AdjustmentRequest",
    example =
        "{\"delta\": -3, \"reason\": \"DAMAGED\", \"expectedOnHand\": 480, \"note\": \"crushed\"}")
public record AdjustmentRequest(
    @NotNull
        @NonZero
        @Min(-1_000_000)
        @Max(1_000_000)
        @Schema(description = "Units added (positive) or removed (negative); never 0.")
        Integer delta,
    @NotNull AdjustmentReason reason,
    @NotNull
        @PositiveOrZero
        @Schema(description = "The on-hand quantity the change was decided on; 409 if it moved.")
        Integer expectedOnHand,
    @Size(max = 500) String note) {}
