package me.snaq.inventory.assignment.validation;

import java.util.HashMap;
import java.util.Map;
import me.snaq.inventory.assignment.engine.Assignment;
import me.snaq.inventory.assignment.engine.Box;
import me.snaq.inventory.assignment.engine.BoxItem;
import me.snaq.inventory.assignment.engine.BrandSetup;
import me.snaq.inventory.assignment.engine.Lot;
import me.snaq.inventory.assignment.engine.Product;
import me.snaq.inventory.assignment.engine.Snapshot;

/**
 * The rules over all boxes together: no lot gives more units than it has, no brand holds more house
 * units than its limit, ring-fences hold (those of every brand, in the snapshot or not), and FEFO
 * holds over the result ({@link FefoCheck}).
 */
final class StockCheck {
  interface Failure {
    void fail(String subscriberId, String rule, String detail);
  }

  private final Snapshot snapshot;
  private final Map<Long, Lot> lots;
  private final Map<Long, Product> productOfLot;
  private final Failure failure;

  StockCheck(
      Snapshot snapshot, Map<Long, Lot> lots, Map<Long, Product> productOfLot, Failure failure) {
    this.snapshot = snapshot;
    this.lots = lots;
    this.productOfLot = productOfLot;
    this.failure = failure;
  }

  void check(Assignment assignment) {
    Map<Long, Integer> perLot = new HashMap<>();
    Map<String, HouseUse> houseUse = new HashMap<>();
    for (Product product : snapshot.products()) {
      int house = 0;
      for (Lot lot : product.lots()) {
        house += lot.owner().equals(Snapshot.HOUSE) ? lot.available() : 0;
      }
      houseUse.put(product.sku(), new HouseUse(snapshot, product.sku(), house));
    }
    for (Box box : assignment.boxes()) {
      for (BoxItem item : box.items()) {
        perLot.merge(item.lotId(), 1, Integer::sum);
        Lot lot = lots.get(item.lotId());
        if (lot != null && lot.owner().equals(Snapshot.HOUSE)) {
          houseUse.get(productOfLot.get(item.lotId()).sku()).add(box.brand());
        }
      }
    }
    for (Product product : snapshot.products()) {
      for (Lot lot : product.lots()) {
        int used = perLot.getOrDefault(lot.id(), 0);
        if (used > lot.available()) {
          failure.fail(
              null, "LOT_OVERDRAWN", "lot " + lot.id() + ": " + used + " > " + lot.available());
        }
      }
      checkQuotas(product.sku(), houseUse.get(product.sku()));
    }
    new FefoCheck(snapshot, lots, productOfLot, perLot, houseUse, failure).check(assignment);
  }

  private void checkQuotas(String sku, HouseUse use) {
    for (BrandSetup brand : snapshot.brands()) {
      if (use.passesLimit(brand.code())) {
        failure.fail(
            null,
            "QUOTA_LIMIT",
            brand.code() + " took " + use.used(brand.code()) + " house units of " + sku);
      }
    }
    if (use.breaksRingFences()) {
      failure.fail(null, "RING_FENCE", sku + ": house units of other brands' ring-fences taken");
    }
  }
}
