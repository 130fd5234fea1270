package me.snaq.inventory.assignment.validation;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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
 * FEFO as an invariant of the result (DESIGN 3): no box holds a unit of a lot while a lot of the
 * same product with an earlier best-before (ties: earlier receipt, then lower id) that the box's
 * brand may use at the delivery date keeps free units after the run. "May use": the brand owns the
 * lot or it is the house's, it passes the box's floor, and, when the earlier lot is the house's and
 * the unit held is the brand's own, the brand's quotas leave room for one more house unit.
 */
final class FefoCheck {
  private static final Comparator<Lot> FEFO =
      Comparator.comparing(Lot::bestBefore)
          .thenComparing(Lot::receivedAt)
          .thenComparingLong(Lot::id);

  private final Snapshot snapshot;
  private final Map<Long, Lot> lots;
  private final Map<Long, Product> productOfLot;
  private final Map<Long, Integer> usedPerLot;
  private final Map<String, HouseUse> houseUse;
  private final StockCheck.Failure failure;
  private final Map<String, BrandSetup> brands = new HashMap<>();

  FefoCheck(
      Snapshot snapshot,
      Map<Long, Lot> lots,
      Map<Long, Product> productOfLot,
      Map<Long, Integer> usedPerLot,
      Map<String, HouseUse> houseUse,
      StockCheck.Failure failure) {
    this.snapshot = snapshot;
    this.lots = lots;
    this.productOfLot = productOfLot;
    this.usedPerLot = usedPerLot;
    this.houseUse = houseUse;
    this.failure = failure;
    snapshot.brands().forEach(brand -> brands.put(brand.code(), brand));
  }

  void check(Assignment assignment) {
    for (Box box : assignment.boxes()) {
      BrandSetup brand = brands.get(box.brand());
      for (BoxItem item : brand == null ? java.util.List.<BoxItem>of() : box.items()) {
        Lot held = lots.get(item.lotId());
        if (held != null) {
          checkItem(box, brand, productOfLot.get(item.lotId()), held);
        }
      }
    }
  }

  private void checkItem(Box box, BrandSetup brand, Product product, Lot held) {
    int floor = BoxValidator.floorOf(brand, product);
    for (Lot earlier : product.lots()) {
      if (FEFO.compare(earlier, held) >= 0 || !mayUse(brand, floor, earlier, held, product)) {
        continue;
      }
      int free = earlier.available() - usedPerLot.getOrDefault(earlier.id(), 0);
      if (free > 0) {
        failure.fail(
            box.subscriberId(),
            "FEFO",
            product.sku()
                + " from lot "
                + held.id()
                + " while the earlier lot "
                + earlier.id()
                + " keeps "
                + free
                + " free units");
        return;
      }
    }
  }

  private boolean mayUse(BrandSetup brand, int floor, Lot lot, Lot held, Product product) {
    boolean house = lot.owner().equals(Snapshot.HOUSE);
    if (!house && !lot.owner().equals(brand.code())) {
      return false;
    }
    if (ChronoUnit.DAYS.between(snapshot.deliveryDate(), lot.bestBefore()) < floor) {
      return false;
    }
    boolean heldOwn = !held.owner().equals(Snapshot.HOUSE);
    return !house || !heldOwn || houseUse.get(product.sku()).mayTakeOneMore(brand.code());
  }
}
