package me.snaq.inventory.assignment.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an assignment reports beside its boxes: units used, wanted and usable, and brand stock. */
final class AssignmentReport {
  private AssignmentReport() {}

  /** Per brand and product: units it may use, quotas aside and with them; null where it may not. */
  static int[][][] stockOf(
      Catalog catalog, java.util.Collection<BrandRules> brands, StockBook stock) {
    int[][][] units = new int[brands.size()][catalog.size()][];
    for (BrandRules rules : brands) {
      for (int p = 0; p < catalog.size(); p++) {
        if (rules.floor[p] >= 0) {
          units[rules.index][p] =
              new int[] {stock.units(rules, p, false), stock.units(rules, p, true)};
        }
      }
    }
    return units;
  }

  static List<BrandStock> brandStock(
      Catalog catalog, java.util.Collection<BrandRules> brands, int[][][] start, int[][][] end) {
    List<BrandStock> stock = new java.util.ArrayList<>();
    for (BrandRules rules : brands) {
      for (int p = 0; p < catalog.size(); p++) {
        int[] first = start[rules.index][p];
        if (first != null) {
          stock.add(
              new BrandStock(
                  rules.setup.code(),
                  catalog.products[p].sku(),
                  first[0],
                  first[1],
                  end[rules.index][p][1]));
        }
      }
    }
    return stock;
  }

  static Map<String, Integer> unitsUsed(List<Box> boxes) {
    Map<String, Integer> used = new HashMap<>();
    boxes.forEach(box -> box.items().forEach(item -> used.merge(item.sku(), 1, Integer::sum)));
    return used;
  }

  /** Units of each product the boxes' best choices would take, were every product in stock. */
  static Map<String, Integer> unitsWanted(Catalog catalog, Candidates[] candidates) {
    int[] wanted = new int[catalog.size()];
    for (Candidates box : candidates) {
      for (int product : box.ideal()) {
        wanted[product]++;
      }
    }
    Map<String, Integer> bySku = new HashMap<>();
    for (int p = 0; p < wanted.length; p++) {
      if (wanted[p] > 0) {
        bySku.put(catalog.products[p].sku(), wanted[p]);
      }
    }
    return bySku;
  }

  /**
   * Units of each product that at least one of the snapshot's brands may use: lots it owns or the
   * house's, good through its floor at the delivery date (house quotas not applied).
   */
  static Map<String, Integer> unitsUsable(
      Catalog catalog, java.util.Collection<BrandRules> brands) {
    Map<String, Integer> bySku = new HashMap<>();
    for (int p = 0; p < catalog.size(); p++) {
      int units = 0;
      Lot[] lots = catalog.lots[p];
      for (int i = 0; i < lots.length; i++) {
        for (BrandRules rules : brands) {
          if (rules.floor[p] >= 0 && i >= rules.firstUsableLot[p] && rules.mayUse(lots[i])) {
            units += lots[i].available();
            break;
          }
        }
      }
      if (units > 0) {
        bySku.put(catalog.products[p].sku(), units);
      }
    }
    return bySku;
  }
}
