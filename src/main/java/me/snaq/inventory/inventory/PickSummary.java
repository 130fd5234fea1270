package me.snaq.inventory.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * The wave a picker works from: the units to pull per location and lot (in walking order), and the
 * totals per product.
 */
public record PickSummary(List<LotPull> pulls, List<ProductTotal> products, int units) {
  public PickSummary {
    pulls = List.copyOf(pulls);
    products = List.copyOf(products);
  }

  /** The units of one lot to pull at one location, for how many boxes. */
  public record LotPull(
      String location,
      String sku,
      String productName,
      long lotId,
      String lotCode,
      LocalDate bestBefore,
      String owner,
      int units,
      int boxes) {}

  /** One product's units across its lots and locations. */
  public record ProductTotal(String sku, String productName, int units, int lots) {}
}
