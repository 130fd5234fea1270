package me.snaq.inventory.inventory;

import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.inventory.domain.BrandAvailability;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.StockTotals;

/**
 * A product's stock for one question: totals as of {@code today}, and for {@code brand} (when
 * asked) the floor applied at {@code deliveryDate}, the availability formula and the FEFO lots.
 */
public record ProductStock(
    ProductInfo product,
    LocalDate today,
    LocalDate deliveryDate,
    String brand,
    int floorDays,
    LocalDate floorDate,
    StockTotals totals,
    BrandAvailability availability,
    List<FefoLot> lots) {

  public ProductStock withLots(List<FefoLot> fefo) {
    return new ProductStock(
        product, today, deliveryDate, brand, floorDays, floorDate, totals, availability, fefo);
  }
}
