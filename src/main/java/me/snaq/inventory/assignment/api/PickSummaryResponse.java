package me.snaq.inventory.assignment.api;

import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.PickSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PickSummary",
    description =
        "The wave a picker works from: units per location and lot in walking order, and totals"
            + " per product; `units` is every unit the runs' open boxes hold.")
public record PickSummaryResponse(List<Pull> pulls, List<ProductTotal> products, int units) {
  @Schema(name = "PickPull")
  public record Pull(
      String location,
      String sku,
      String productName,
      long lotId,
      String lotCode,
      LocalDate bestBefore,
      String owner,
      int units,
      @Schema(description = "Boxes these units go to.") int boxes) {}

  @Schema(name = "PickProductTotal")
  public record ProductTotal(
      String sku,
      String productName,
      int units,
      @Schema(description = "Lots pulled from.") int lots) {}

  static PickSummaryResponse from(PickSummary summary) {
    return new PickSummaryResponse(
        summary.pulls().stream()
            .map(
                p ->
                    new Pull(
                        p.location(),
                        p.sku(),
                        p.productName(),
                        p.lotId(),
                        p.lotCode(),
                        p.bestBefore(),
                        p.owner(),
                        p.units(),
                        p.boxes()))
            .toList(),
        summary.products().stream()
            .map(t -> new ProductTotal(t.sku(), t.productName(), t.units(), t.lots()))
            .toList(),
        summary.units());
  }
}
