package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Part of a run to ship: these allocations of it, or these subscribers' boxes; both"
            + " absent (or no body) ships every open box of the run. Not both.")
public record ShipRunRequest(
    @Size(min = 1, max = ShipAllocationsRequest.MAX_ITEMS) List<@NotNull Long> allocationIds,
    @Size(min = 1, max = ShipAllocationsRequest.MAX_ITEMS)
        List<@NotNull @Size(max = 64) String> subscriberIds) {}
