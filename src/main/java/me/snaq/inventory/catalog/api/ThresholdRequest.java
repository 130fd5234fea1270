package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThresholdRequest", example = "{\"threshold\": 40}")
public record ThresholdRequest(
    @NotNull
        @PositiveOrZero
        @Max(1000000)
        @Schema(description = "Availability under which the brand hears `stock.low`.")
        Integer threshold) {}
