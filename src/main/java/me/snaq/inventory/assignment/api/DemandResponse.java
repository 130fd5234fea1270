package me.snaq.inventory.assignment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import me.snaq.inventory.assignment.domain.RunDemand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentDemand")
public record DemandResponse(
    String sku,
    @Schema(description = "Units the run's boxes use.") int units,
    @Schema(
            description =
                "Units the run's brands may use when it read the stock: their own lots and the"
                    + " house's, good through their floors (house quotas not applied).")
        int available,
    @Schema(description = "available - units.") int left,
    @Schema(
            description =
                "Units needed: what the boxes' best choices would take were every product the"
                    + " brand may use in stock (each box on its own, hard rules and preferences"
                    + " applied). Null for runs stored before it was recorded.",
            nullable = true)
        Integer wanted,
    @Schema(
            description = "Units needed beyond the stock: max(0, wanted - available).",
            nullable = true)
        @JsonProperty("short")
        Integer shortUnits,
    @Schema(
            description = "Units wanted that the boxes did not get: max(0, wanted - units).",
            nullable = true)
        Integer unmet) {
  static DemandResponse from(RunDemand demand) {
    return new DemandResponse(
        demand.sku(),
        demand.units(),
        demand.available(),
        demand.left(),
        demand.wanted(),
        demand.shortUnits(),
        demand.unmet());
  }
}
