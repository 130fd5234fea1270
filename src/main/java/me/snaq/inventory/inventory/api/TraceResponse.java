package me.snaq.inventory.inventory.api;

import java.util.List;
import me.snaq.inventory.inventory.TraceService.Trace;
import me.snaq.inventory.inventory.domain.LotUse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LotTrace", description = "A lot and every allocation that took units of it.")
public record TraceResponse(
    LotResponse lot,
    @Schema(description = "Every allocation, newest first.") List<LotUse> allocations,
    @Schema(description = "Those still HELD or ALLOCATED: what a recall must release.")
        List<LotUse> affected,
    @Schema(description = "Distinct subscribers served, for a recall notice.")
        List<String> subscribers) {

  static TraceResponse from(Trace trace) {
    return new TraceResponse(
        LotResponse.from(trace.lot()),
        trace.uses(),
        trace.open(),
        trace.uses().stream()
            .map(LotUse::subscriberId)
            .filter(s -> s != null)
            .distinct()
            .sorted()
            .toList());
  }
}
