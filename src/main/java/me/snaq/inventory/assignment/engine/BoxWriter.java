package me.snaq.inventory.assignment.engine;

import java.util.ArrayList;
import java.util.List;

/** Turns the filler's arrays into the boxes the engine returns, with their scores and reasons. */
final class BoxWriter {
  private final Catalog catalog;
  private final Snapshot snapshot;
  private final BrandRules[] brandOf;
  private final Candidates[] candidates;
  private final BoxFiller filler;

  BoxWriter(
      Catalog catalog,
      Snapshot snapshot,
      BrandRules[] brandOf,
      Candidates[] candidates,
      BoxFiller filler) {
    this.catalog = catalog;
    this.snapshot = snapshot;
    this.brandOf = brandOf;
    this.candidates = candidates;
    this.filler = filler;
  }

  Box boxOf(int box, Subscriber subscriber) {
    BrandRules rules = brandOf[box];
    if (rules == null) {
      return new Box(
          subscriber.id(), subscriber.brand(), 0, List.of(), 0, 0, ShortReason.NO_RECIPE, null);
    }
    Weights weights = snapshot.weights();
    List<BoxItem> items = new ArrayList<>();
    int total = 0;
    int slotsLeft = weights.discoverySlotBonus() > 0 ? rules.recipe.discoverySlots() : 0;
    for (int i = 0; i < filler.itemsOf(box); i++) {
      int at = box * filler.maxSize() + i;
      int p = filler.product[at];
      long entry = filler.entry[at];
      Lot lot = catalog.lots[p][filler.lot[at]];
      boolean nearFloor = rules.isNearFloor(lot, p, snapshot.deliveryDate(), weights);
      Reason reason = Entry.reason(entry);
      boolean inSlot = Entry.isDiscovery(entry) && slotsLeft-- > 0;
      int score =
          weights.of(reason)
              + (inSlot ? weights.discoverySlotBonus() : 0)
              + (nearFloor ? weights.nearFloorBonus() : 0);
      total += score;
      items.add(
          new BoxItem(
              catalog.products[p].sku(),
              lot.id(),
              lot.bestBefore(),
              score,
              reason,
              Entry.isDiscovery(entry),
              nearFloor));
    }
    int size = rules.recipe.size();
    ShortReason shortReason = null;
    String detail = null;
    if (items.size() < size) {
      int permitted = candidates[box].maxItems();
      String missing = missingRequiredCategory(box, rules);
      if (permitted < size) {
        shortReason = ShortReason.NOT_ENOUGH_PERMITTED_PRODUCTS;
        detail = "the rules permit " + permitted + " of " + size;
      } else if (missing != null) {
        shortReason = ShortReason.REQUIRED_CATEGORY_OUT_OF_STOCK;
        detail = missing;
      } else {
        shortReason = ShortReason.STOCK_EXHAUSTED;
        detail = "filled " + items.size() + " of " + size;
      }
    }
    return new Box(
        subscriber.id(),
        subscriber.brand(),
        size,
        items,
        total,
        candidates[box].bound(),
        shortReason,
        detail);
  }

  private String missingRequiredCategory(int box, BrandRules rules) {
    for (int c = 0; c < catalog.categoryCount(); c++) {
      int required = rules.requiredCount[c];
      if (required > 0 && filler.itemsIn(box, c) < required) {
        return catalog.categories.get(c) + " " + filler.itemsIn(box, c) + "/" + required;
      }
    }
    return null;
  }
}
