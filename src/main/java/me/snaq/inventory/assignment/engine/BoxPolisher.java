package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;

/**
 * Re-chooses each filled box exactly ({@link BoxOptimum}) among its own items and the candidates
 * that still have stock, worst-served boxes first. Filling by value levels can spend a discovery
 * slot or a category on a weaker combination; this pass repairs that without touching any other
 * box's items, so no box gets worse and the total only rises.
 */
final class BoxPolisher {
  private final Catalog catalog;
  private final StockBook stock;
  private final BrandRules[] brandOf;
  private final long[][] candidates;
  private final int[] bounds;
  private final BoxFiller filler;
  private final Weights weights;
  private final LocalDate deliveryDate;
  private static final byte IN_BOX = 1;
  private static final byte OFFERED = 2;

  private final byte[] state;
  private final long[] offered;
  private final BoxOptimum optimum;

  BoxPolisher(
      Catalog catalog,
      StockBook stock,
      BrandRules[] brandOf,
      long[][] candidates,
      int[] bounds,
      BoxFiller filler,
      Snapshot snapshot) {
    this.catalog = catalog;
    this.stock = stock;
    this.brandOf = brandOf;
    this.candidates = candidates;
    this.bounds = bounds;
    this.filler = filler;
    this.weights = snapshot.weights();
    this.deliveryDate = snapshot.deliveryDate();
    state = new byte[catalog.size()];
    offered = new long[catalog.size()];
    optimum = new BoxOptimum(catalog, weights);
  }

  /** Polishes one box; returns true when it changed. */
  boolean polish(int box) {
    BrandRules rules = brandOf[box];
    if (rules == null) {
      return false;
    }
    int base = box * filler.maxSize();
    if (reachesBound(box, base, rules)) {
      return false;
    }
    BoxOptimum optimum = this.optimum.reset(rules);
    int discoveries = 0;
    int current = 0;
    for (int i = 0; i < filler.itemsOf(box); i++) {
      int p = filler.product[base + i];
      long entry = filler.entry[base + i];
      int value = valueOf(entry, rules, p, filler.lot[base + i]);
      current += value;
      discoveries += Entry.isDiscovery(entry) ? 1 : 0;
      state[p] = IN_BOX;
      optimum.add(catalog.categoryOf[p], value, Entry.isDiscovery(entry), p);
    }
    current += weights.discoverySlotBonus() * Math.min(discoveries, rules.recipe.discoverySlots());
    for (long entry : candidates[box]) {
      int p = Entry.product(entry);
      if (state[p] != 0 || Entry.isSlot(entry)) {
        continue;
      }
      int lot = stock.firstServable(rules, p);
      if (lot >= 0) {
        state[p] = OFFERED;
        offered[p] = entry;
        optimum.add(
            catalog.categoryOf[p], valueOf(entry, rules, p, lot), Entry.isDiscovery(entry), p);
      }
    }
    boolean better = optimum.best() > current;
    if (better) {
      apply(box, optimum.chosen());
    }
    clearOffers(box);
    return better;
  }

  /**
   * True when the box already holds as many preference points as unlimited stock could give (the
   * near-floor bonus aside: which lots serve a box is settled by {@link FefoRepick}).
   */
  private boolean reachesBound(int box, int base, BrandRules rules) {
    int preference = 0;
    int discoveries = 0;
    for (int i = 0; i < filler.itemsOf(box); i++) {
      long entry = filler.entry[base + i];
      preference += weights.of(Entry.reason(entry));
      discoveries += Entry.isDiscovery(entry) ? 1 : 0;
    }
    int slots = Math.min(discoveries, rules.recipe.discoverySlots());
    return preference + weights.discoverySlotBonus() * slots >= bounds[box];
  }

  private void apply(int box, int[] chosen) {
    boolean[] keep = new boolean[filler.itemsOf(box)];
    int base = box * filler.maxSize();
    for (int p : chosen) {
      for (int i = 0; i < keep.length; i++) {
        keep[i] |= filler.product[base + i] == p;
      }
    }
    for (int i = keep.length - 1; i >= 0; i--) {
      if (!keep[i]) {
        filler.remove(box, i);
      }
    }
    for (int p : chosen) {
      if (state[p] == OFFERED) {
        filler.place(box, offered[p]);
      }
    }
  }

  private void clearOffers(int box) {
    int base = box * filler.maxSize();
    for (int i = 0; i < filler.itemsOf(box); i++) {
      state[filler.product[base + i]] = 0;
    }
    for (long entry : candidates[box]) {
      state[Entry.product(entry)] = 0;
    }
  }

  private int valueOf(long entry, BrandRules rules, int p, int lot) {
    boolean nearFloor = rules.isNearFloor(catalog.lots[p][lot], p, deliveryDate, weights);
    return weights.of(Entry.reason(entry)) + (nearFloor ? weights.nearFloorBonus() : 0);
  }
}
