package me.snaq.inventory.assignment.engine;

import java.util.Arrays;

/**
 * Moves a unit between boxes when that raises the total: a product a box wants but whose stock is
 * gone may still come from a box that holds it, if that box can replace it from the stock left (an
 * ejection chain of length two). The receiving box gives up its weakest item if it has no room. A
 * move is made only when one box gains more than the other loses; a few holders per product are
 * tried. Short boxes gain most: they give nothing up.
 */
final class UnitExchange {
  private static final int HOLDERS_TRIED = 8;
  private static final int REPLACEMENTS_TRIED = 24;

  private final Catalog catalog;
  private final StockBook stock;
  private final BrandRules[] brandOf;
  private final long[][] candidates;
  private final BoxFiller filler;
  private final Weights weights;
  private final Holders holders;
  private final boolean[] inBox;
  private final int[] weakest;
  private static final int UNKNOWN = -3;

  UnitExchange(
      Catalog catalog,
      StockBook stock,
      BrandRules[] brandOf,
      long[][] candidates,
      BoxFiller filler,
      Holders holders,
      Weights weights) {
    this.catalog = catalog;
    this.stock = stock;
    this.brandOf = brandOf;
    this.candidates = candidates;
    this.filler = filler;
    this.weights = weights;
    this.holders = holders;
    inBox = new boolean[catalog.size()];
    weakest = new int[catalog.categoryCount()];
  }

  /** Improves one box by moves that raise the total, at most {@code moves} of them. */
  void improve(int box, int moves) {
    for (int m = 0; m < moves && brandOf[box] != null && improveOnce(box); m++) {
      // each move raises the total
    }
  }

  /** Makes the first move that raises the total, trying the box's candidates best first. */
  private boolean improveOnce(int box) {
    BrandRules rules = brandOf[box];
    BoxPoints points = new BoxPoints(filler, rules, weights, box);
    int base = box * filler.maxSize();
    int[] marked = Arrays.copyOfRange(filler.product, base, base + filler.itemsOf(box));
    for (int p : marked) {
      inBox[p] = true;
    }
    Arrays.fill(weakest, UNKNOWN);
    try {
      for (long entry : candidates[box]) {
        int p = Entry.product(entry);
        if (Entry.isSlot(entry) || inBox[p]) {
          continue;
        }
        int category = catalog.categoryOf[p];
        if (weakest[category] == UNKNOWN) {
          weakest[category] = weakestGivingRoomFor(box, p);
        }
        int given = weakest[category];
        if (given == NO_ROOM) {
          continue;
        }
        int gain = points.without(given, entry) - points.total;
        if (gain <= 0) {
          continue;
        }
        if (stock.canServe(rules, p)) {
          swapFromStock(box, entry, given);
          return true;
        }
        if (moveFromHolder(box, entry, given, gain)) {
          return true;
        }
        // a move undone puts the box's items back in another order: positions are stale
        Arrays.fill(weakest, UNKNOWN);
      }
      return false;
    } finally {
      for (int p : marked) {
        inBox[p] = false;
      }
    }
  }

  /** Takes p from the holder that loses least by it, if the box gains more than that. */
  private boolean moveFromHolder(int box, long entry, int given, int gain) {
    BrandRules rules = brandOf[box];
    int p = Entry.product(entry);
    int bestHolder = -1;
    long bestReplacement = 0;
    int bestGain = 0;
    for (int k = 0; k < Math.min(HOLDERS_TRIED, holders.count(p)); k++) {
      int holder = holders.get(p, k);
      int at = filler.indexOf(holder, p);
      if (holder == box || at < 0 || !usableBy(rules, p, holder, at)) {
        continue;
      }
      long replacement = replacementFor(holder, p);
      BoxPoints held = new BoxPoints(filler, brandOf[holder], weights, holder);
      int loss = held.total - held.without(at, replacement);
      if (gain - loss > bestGain) {
        bestGain = gain - loss;
        bestHolder = holder;
        bestReplacement = replacement;
      }
    }
    return bestHolder >= 0 && move(box, entry, given, bestHolder, bestReplacement);
  }

  private void swapFromStock(int box, long entry, int given) {
    if (given >= 0) {
      holders.remove(filler.product[box * filler.maxSize() + given], box);
      filler.remove(box, given);
    }
    if (!filler.place(box, entry)) {
      throw new IllegalStateException("stock that could serve the box did not");
    }
    holders.add(Entry.product(entry), box);
  }

  private static final int NO_ROOM = -2;

  /**
   * -1 when the box has room for p as it is; else the position of its weakest item whose removal
   * makes room; {@link #NO_ROOM} when none does.
   */
  private int weakestGivingRoomFor(int box, int p) {
    if (filler.fits(box, p, -1)) {
      return -1;
    }
    int weakest = NO_ROOM;
    int weakestValue = Integer.MAX_VALUE;
    int base = box * filler.maxSize();
    for (int i = 0; i < filler.itemsOf(box); i++) {
      int value = valueAt(box, i);
      if (value < weakestValue && filler.fits(box, p, filler.product[base + i])) {
        weakest = i;
        weakestValue = value;
      }
    }
    return weakest;
  }

  private int valueAt(int box, int i) {
    return weights.of(Entry.reason(filler.entry[box * filler.maxSize() + i]));
  }

  /**
   * Makes the move, or undoes it and returns false when the freed unit cannot serve the box after
   * all (a quota of the box's brand).
   */
  private boolean move(int box, long entry, int given, int holder, long replacement) {
    int p = Entry.product(entry);
    long givenEntry = given < 0 ? 0 : filler.entry[box * filler.maxSize() + given];
    long heldEntry = filler.entry[holder * filler.maxSize() + filler.indexOf(holder, p)];
    if (given >= 0) {
      filler.remove(box, given);
    }
    filler.remove(holder, filler.indexOf(holder, p));
    if (!filler.place(box, entry)) {
      restore(holder, heldEntry);
      if (given >= 0) {
        restore(box, givenEntry);
      }
      return false;
    }
    holders.remove(p, holder);
    holders.add(p, box);
    if (given >= 0) {
      holders.remove(Entry.product(givenEntry), box);
    }
    if (replacement != 0 && filler.place(holder, replacement)) {
      holders.add(Entry.product(replacement), holder);
    }
    return true;
  }

  private void restore(int box, long entry) {
    if (!filler.place(box, entry)) {
      throw new IllegalStateException("a unit just given back could not be taken again");
    }
  }

  /** The holder's best candidate with stock that could take p's place, or 0 for none. */
  private long replacementFor(int holder, int p) {
    long best = 0;
    int bestValue = -1;
    BrandRules rules = brandOf[holder];
    long[] list = candidates[holder];
    for (int i = 0; i < Math.min(REPLACEMENTS_TRIED, list.length); i++) {
      long entry = list[i];
      int r = Entry.product(entry);
      int value = weights.of(Entry.reason(entry));
      if (value > bestValue
          && !Entry.isSlot(entry)
          && r != p
          && filler.indexOf(holder, r) < 0
          && filler.fits(holder, r, p)
          && stock.canServe(rules, r)) {
        best = entry;
        bestValue = value;
      }
    }
    return best;
  }

  /** True when the unit the holder has could serve the short box's brand. */
  private boolean usableBy(BrandRules rules, int p, int holder, int at) {
    return stock.mayPass(brandOf[holder], rules, p, filler.lot[holder * filler.maxSize() + at]);
  }
}
