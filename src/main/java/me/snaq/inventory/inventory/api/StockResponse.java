package me.snaq.inventory.inventory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.ProductStock;
import me.snaq.inventory.inventory.domain.BrandAvailability;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.StockTotals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Stock",
    description =
        "A product's stock. Totals are as of today (warehouse time) over the lots the caller may"
            + " see. `available` is, with a brand, what that brand can take for the delivery date"
            + " (see `brandView`), else the free units usable today.")
public record StockResponse(
    String sku,
    String name,
    String category,
    LocalDate asOf,
    int onHand,
    @Schema(description = "Held by allocations (HELD and ALLOCATED).") int reserved,
    @Schema(description = "On hand in lots on hold.") int onHold,
    @Schema(description = "On hand in lots past their best-before.") int expired,
    @Schema(description = "Usable today and held by no allocation.") int free,
    int available,
    BrandView brandView,
    @Schema(description = "Only on the single-product read: lots that would serve, FEFO order.")
        List<StockLot> lots) {

  /** The terms of DESIGN 3's formula for one brand and delivery date. */
  @Schema(name = "BrandStockView")
  public record BrandView(
      String brand,
      LocalDate deliveryDate,
      @Schema(description = "Life a lot must have left at the delivery date.") int minRemainingDays,
      @Schema(description = "The earliest best-before that can serve the delivery.")
          LocalDate floorDate,
      boolean eligible,
      @Schema(description = "The brand's own usable free units.") int own,
      @Schema(description = "Usable free house units.") int houseUsable,
      @Schema(description = "What is left of other brands' reserved quotas.")
          int ringFencedForOthers,
      @Schema(description = "The brand's limit on house units; absent for none.") Integer limit,
      @Schema(description = "House units the brand holds reserved now.") int houseHeld,
      Integer limitLeft,
      @Schema(description = "min(houseUsable - ringFencedForOthers, limitLeft), at least 0.")
          int houseShare,
      int available,
      @Schema(example = BrandAvailability.FORMULA) String formula) {}

  @Schema(name = "StockLot")
  public record StockLot(
      long lotId,
      String lotCode,
      String owner,
      LocalDate bestBefore,
      Instant receivedAt,
      String location,
      @Schema(description = "Units not held by allocations.") int free) {
    static StockLot from(FefoLot lot) {
      return new StockLot(
          lot.lotId(),
          lot.lotCode(),
          lot.owner(),
          lot.bestBefore(),
          lot.receivedAt(),
          lot.location(),
          lot.free());
    }
  }

  static StockResponse from(ProductStock stock, boolean withLots) {
    StockTotals totals = stock.totals();
    BrandAvailability availability = stock.availability();
    BrandView view =
        availability == null
            ? null
            : new BrandView(
                stock.brand(),
                stock.deliveryDate(),
                stock.floorDays(),
                stock.floorDate(),
                availability.eligible(),
                availability.own(),
                availability.houseUsable(),
                availability.ringFencedForOthers(),
                availability.limit(),
                availability.houseHeld(),
                availability.limitLeft(),
                availability.houseShare(),
                availability.available(),
                BrandAvailability.FORMULA);
    return new StockResponse(
        stock.product().sku(),
        stock.product().name(),
        stock.product().category(),
        stock.today(),
        totals.onHand(),
        totals.reserved(),
        totals.onHold(),
        totals.expired(),
        totals.free(),
        availability == null ? totals.free() : availability.available(),
        view,
        withLots ? stock.lots().stream().map(StockLot::from).toList() : null);
  }
}
