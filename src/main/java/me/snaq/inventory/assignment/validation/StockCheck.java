package me.snaq.inventory.assignment.validation;

import java.util.HashMap;
import java.util.Map;
import me.snaq.inventory.assignment.engine.Assignment;
import me.snaq.inventory.assignment.engine.Box;
import me.snaq.inventory.assignment.engine.BoxItem;
import me.snaq.inventory.assignment.engine.BrandSetup;
import me.snaq.inventory.assignment.engine.Lot;
import me.snaq.inventory.assignment.engine.Product;
import me.snaq.inventory.assignment.engine.Quota;
import me.snaq.inventory.assignment.engine.Snapshot;

/**
 * The rules over all boxes together: no lot gives more units than it has, no brand holds more house
 * units than its limit, and ring-fences hold: for every product, the house units each brand uses,
 * counted as at least its ring-fence left, fit in the house stock.
 */
final class StockCheck {
  interface Failure {
    void fail(String subscriberId, String rule, String detail);
  }

  private final Snapshot snapshot;
  private final Map<Long, Product> productOfLot;
  private final Failure failure;

  StockCheck(Snapshot snapshot, Map<Long, Product> productOfLot, Failure failure) {
    this.snapshot = snapshot;
    this.productOfLot = productOfLot;
    this.failure = failure;
  }

  void check(Assignment assignment) {
    Map<Long, Integer> perLot = new HashMap<>();
    Map<String, Map<String, Integer>> housePerBrand = new HashMap<>();
    for (Box box : assignment.boxes()) {
      for (BoxItem item : box.items()) {
        perLot.merge(item.lotId(), 1, Integer::sum);
        Product product = productOfLot.get(item.lotId());
        boolean house =
            product != null
                && product.lots().stream()
                    .anyMatch(l -> l.id() == item.lotId() && l.owner().equals(Snapshot.HOUSE));
        if (house) {
          housePerBrand
              .computeIfAbsent(item.sku(), sku -> new HashMap<>())
              .merge(box.brand(), 1, Integer::sum);
        }
      }
    }
    for (Product product : snapshot.products()) {
      int house = 0;
      for (Lot lot : product.lots()) {
        int used = perLot.getOrDefault(lot.id(), 0);
        if (used > lot.available()) {
          failure.fail(
              null, "LOT_OVERDRAWN", "lot " + lot.id() + ": " + used + " > " + lot.available());
        }
        house += lot.owner().equals(Snapshot.HOUSE) ? lot.available() : 0;
      }
      checkQuotas(product.sku(), house, housePerBrand.getOrDefault(product.sku(), Map.of()));
    }
  }

  private void checkQuotas(String sku, int house, Map<String, Integer> usedByBrand) {
    long claimed = 0;
    long fences = 0;
    for (BrandSetup brand : snapshot.brands()) {
      Quota quota = brand.quotaOf(sku);
      int used = usedByBrand.getOrDefault(brand.code(), 0);
      int fence = Math.max(0, quota.reserved() - quota.held());
      if (quota.limit() != null && used > quota.limit() - quota.held()) {
        failure.fail(
            null, "QUOTA_LIMIT", brand.code() + " took " + used + " house units of " + sku);
      }
      claimed += Math.max(used, fence);
      fences += fence;
    }
    if (fences > 0 && claimed > Math.max(house, fences)) {
      failure.fail(null, "RING_FENCE", sku + ": house units of other brands' ring-fences taken");
    }
  }
}
