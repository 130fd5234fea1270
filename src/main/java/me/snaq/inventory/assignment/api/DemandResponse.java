package me.snaq.inventory.assignment.api;

import me.snaq.inventory.assignment.domain.RunDemand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentDemand")
public record DemandResponse(
    String sku,
    @Schema(description = "Units the run's boxes use.") int units,
    @Schema(description = "Allocatable units when the run read the stock.") int available,
    @Schema(description = "available - units.") int left) {
  static DemandResponse from(RunDemand demand) {
    return new DemandResponse(demand.sku(), demand.units(), demand.available(), demand.left());
  }
}
