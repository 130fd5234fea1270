package me.snaq.inventory.inventory.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.ExpiryReport;
import me.snaq.inventory.inventory.domain.LotStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ExpiryReport",
    description =
        "Lots with stock left that expire within withinDays or have expired, grouped by owner and"
            + " product. Each lot sits in the smallest horizon that holds it.")
public record ExpiryReportResponse(
    LocalDate asOf,
    int withinDays,
    List<Integer> horizons,
    @Schema(description = "Units per horizon (key: days, or `expired`).")
        Map<String, Integer> unitsByHorizon,
    List<OwnerGroup> owners) {

  @Schema(name = "ExpiryOwnerGroup")
  public record OwnerGroup(String owner, int units, List<ProductGroup> products) {}

  @Schema(name = "ExpiryProductGroup")
  public record ProductGroup(String sku, String name, int units, List<ExpiringLotItem> lots) {}

  @Schema(name = "ExpiringLot")
  public record ExpiringLotItem(
      long lotId,
      String lotCode,
      LocalDate bestBefore,
      @Schema(description = "Negative once expired.") long daysLeft,
      @Schema(description = "Absent when already expired.") Integer horizonDays,
      int onHand,
      int reserved,
      LotStatus status,
      String location) {}

  static ExpiryReportResponse from(ExpiryReport report) {
    Map<String, Integer> byHorizon = new LinkedHashMap<>();
    byHorizon.put("expired", 0);
    report.horizons().forEach(h -> byHorizon.put(String.valueOf(h), 0));
    Map<String, Map<String, List<ExpiryReport.Line>>> grouped = new LinkedHashMap<>();
    for (ExpiryReport.Line line : report.lines()) {
      String key = line.horizonDays() == null ? "expired" : String.valueOf(line.horizonDays());
      byHorizon.merge(key, line.lot().onHand(), Integer::sum);
      grouped
          .computeIfAbsent(line.lot().owner(), o -> new LinkedHashMap<>())
          .computeIfAbsent(line.lot().sku(), s -> new ArrayList<>())
          .add(line);
    }
    List<OwnerGroup> owners = new ArrayList<>();
    grouped.forEach(
        (owner, products) -> {
          List<ProductGroup> productGroups = new ArrayList<>();
          products.forEach((sku, lines) -> productGroups.add(product(sku, lines)));
          owners.add(
              new OwnerGroup(
                  owner,
                  productGroups.stream().mapToInt(ProductGroup::units).sum(),
                  productGroups));
        });
    return new ExpiryReportResponse(
        report.asOf(), report.withinDays(), report.horizons(), byHorizon, owners);
  }

  private static ProductGroup product(String sku, List<ExpiryReport.Line> lines) {
    List<ExpiringLotItem> items =
        lines.stream()
            .map(
                line ->
                    new ExpiringLotItem(
                        line.lot().id(),
                        line.lot().lotCode(),
                        line.lot().bestBefore(),
                        line.daysLeft(),
                        line.horizonDays(),
                        line.lot().onHand(),
                        line.lot().reserved(),
                        line.lot().status(),
                        line.lot().location()))
            .toList();
    return new ProductGroup(
        sku,
        lines.get(0).productName(),
        items.stream().mapToInt(ExpiringLotItem::onHand).sum(),
        items);
  }
}
