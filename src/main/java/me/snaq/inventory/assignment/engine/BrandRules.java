package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One brand's view of the catalog at the delivery date: which products it may use, the shelf-life
 * floor of each and from which FEFO position its lots pass that floor.
 */
final class BrandRules {
  final int index;
  final BrandSetup setup;
  final Recipe recipe;
  final int[] requiredCount;
  final int[] categoryCap;
  final int freeSlots;

  /** Per product: the floor in days, or -1 when the brand may not use the product at all. */
  final int[] floor;

  /** Per product: the first FEFO lot whose best-before passes the brand's floor. */
  final int[] firstUsableLot;

  /** Per product: true when the brand's first usable lot is within the near-floor window. */
  final boolean[] nearFloorAtStart;

  BrandRules(
      int index, BrandSetup setup, Catalog catalog, LocalDate deliveryDate, Weights weights) {
    this.index = index;
    this.setup = setup;
    this.recipe = setup.recipe();
    requiredCount = new int[catalog.categoryCount()];
    categoryCap = new int[catalog.categoryCount()];
    for (int c = 0; c < catalog.categoryCount(); c++) {
      String category = catalog.categories.get(c);
      requiredCount[c] = recipe.requiredCategories().getOrDefault(category, 0);
      categoryCap[c] = recipe.capOf(category);
    }
    freeSlots = recipe.size() - recipe.requiredSlots();
    int n = catalog.size();
    floor = new int[n];
    firstUsableLot = new int[n];
    nearFloorAtStart = new boolean[n];
    for (int p = 0; p < n; p++) {
      Product product = catalog.products[p];
      floor[p] = -1;
      if (!product.active() || !setup.eligibleSkus().contains(product.sku())) {
        continue;
      }
      int days = Math.max(product.minRemainingDays(), Math.max(setup.minRemainingDays(), 0));
      days = Math.max(days, recipe.minRemainingDays());
      floor[p] = days;
      Lot[] lots = catalog.lots[p];
      int first = 0;
      while (first < lots.length && remainingDays(lots[first], deliveryDate) < days) {
        first++;
      }
      firstUsableLot[p] = first;
      for (int i = first; i < lots.length; i++) {
        if (lots[i].available() > 0 && mayUse(lots[i])) {
          nearFloorAtStart[p] = isNearFloor(lots[i], p, deliveryDate, weights);
          break;
        }
      }
    }
  }

  /** Every brand of the snapshot, by code, numbered in the snapshot's order. */
  static java.util.Map<String, BrandRules> byCode(Snapshot snapshot, Catalog catalog) {
    java.util.Map<String, BrandRules> brands = new java.util.HashMap<>();
    for (int i = 0; i < snapshot.brands().size(); i++) {
      BrandSetup setup = snapshot.brands().get(i);
      brands.put(
          setup.code(),
          new BrandRules(i, setup, catalog, snapshot.deliveryDate(), snapshot.weights()));
    }
    return brands;
  }

  boolean mayUse(Lot lot) {
    return lot.isHouse() || lot.owner().equals(setup.code());
  }

  boolean isNearFloor(Lot lot, int product, LocalDate deliveryDate, Weights weights) {
    return remainingDays(lot, deliveryDate) - floor[product] < weights.nearFloorDays();
  }

  static long remainingDays(Lot lot, LocalDate deliveryDate) {
    return ChronoUnit.DAYS.between(deliveryDate, lot.bestBefore());
  }
}
