package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The allocations to ship; repeated ids count once.")
public record ShipAllocationsRequest(
    @NotNull @Size(min = 1, max = ShipAllocationsRequest.MAX_ITEMS)
        List<@NotNull Long> allocationIds) {
  public static final int MAX_ITEMS = 200_000;
}
