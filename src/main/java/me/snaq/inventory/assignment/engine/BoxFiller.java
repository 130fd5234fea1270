package me.snaq.inventory.assignment.engine;

import java.util.Arrays;

/**
 * Fills boxes from their ranked candidates, value level by value level, highest first. Within a
 * level the boxes take turns, one item each per pass, the box with the lowest score so far first: a
 * scarce product goes to whoever values it most, and among equals to the worst-served box.
 *
 * <p>Every check that rejects a candidate (stock gone, category full, free slots used) can only
 * stay true as boxes fill, so each candidate is looked at once per box.
 */
final class BoxFiller {
  private final Catalog catalog;
  private final StockBook stock;
  private final BrandRules[] brandOf;
  private final long[][] candidates;
  private final int[] next;
  private final long seed;
  private final Weights weights;
  static final int BOX_BITS = 21;
  private static final long BOX_MASK = (1L << BOX_BITS) - 1;
  private static final long HASH_MASK = (1L << (37 - BOX_BITS)) - 1;
  private static final long VALUE_LIMIT = 1L << 12;
  private static final long SCORE_LIMIT = 1L << 14;
  private final int maxSize;
  final int[] filled;
  final int[] score;
  final int[] product;
  final int[] lot;
  final long[] entry;
  private final int[] freeUsed;
  private final int[] slotsUsed;
  private final byte[] categoryCount;

  BoxFiller(
      Catalog catalog,
      StockBook stock,
      BrandRules[] brandOf,
      long[][] candidates,
      Snapshot snapshot) {
    this.catalog = catalog;
    this.stock = stock;
    this.brandOf = brandOf;
    this.candidates = candidates;
    this.seed = snapshot.seed();
    this.weights = snapshot.weights();
    int boxes = brandOf.length;
    maxSize = Arrays.stream(brandOf).mapToInt(b -> b == null ? 0 : b.recipe.size()).max().orElse(0);
    next = new int[boxes];
    filled = new int[boxes];
    score = new int[boxes];
    freeUsed = new int[boxes];
    slotsUsed = new int[boxes];
    product = new int[boxes * maxSize];
    lot = new int[boxes * maxSize];
    entry = new long[boxes * maxSize];
    categoryCount = new byte[boxes * catalog.categoryCount()];
  }

  /** Gives boxes a new candidate list (a longer one for boxes left short by a truncated list). */
  void replaceCandidates(int box, long[] entries) {
    candidates[box] = entries;
    next[box] = 0;
  }

  void fill(int[] boxes) {
    LongHeap heap = new LongHeap(boxes.length);
    for (int box : boxes) {
      if (hasNext(box)) {
        heap.push(keyOf(box));
      }
    }
    while (!heap.isEmpty()) {
      int box = (int) (heap.pop() & BOX_MASK);
      long[] list = candidates[box];
      int value = Entry.value(list[next[box]]);
      while (next[box] < list.length && Entry.value(list[next[box]]) == value) {
        if (tryTake(box, list[next[box]++])) {
          break;
        }
      }
      if (hasNext(box)) {
        heap.push(keyOf(box));
      }
    }
  }

  /**
   * Heap order: the highest candidate value first, then the lowest score so far (the worst-served
   * box), then a seeded hash.
   */
  private long keyOf(int box) {
    long inverted = VALUE_LIMIT - 1 - Entry.value(candidates[box][next[box]]);
    long worse = Math.min(score[box], SCORE_LIMIT - 1);
    long hash = Entry.mix(seed, box, filled[box]) & HASH_MASK;
    return (inverted << 51) | (worse << 37) | (hash << BOX_BITS) | box;
  }

  private boolean hasNext(int box) {
    return !isFull(box) && next[box] < candidates[box].length;
  }

  /** Takes a product for a box outside the level order (polishing); false if no unit is left. */
  boolean place(int box, long candidate) {
    int p = Entry.product(candidate);
    int taken = stock.takeOne(brandOf[box], p);
    if (taken < 0) {
      return false;
    }
    int at = box * maxSize + filled[box]++;
    product[at] = p;
    lot[at] = taken;
    entry[at] = candidate;
    categoryCount[box * catalog.categoryCount() + catalog.categoryOf[p]]++;
    freeUsed[box] += brandOf[box].requiredCount[catalog.categoryOf[p]] > 0 ? 0 : 1;
    return true;
  }

  /** Where a box holds a product, or -1. */
  int indexOf(int box, int p) {
    int base = box * maxSize;
    for (int i = 0; i < filled[box]; i++) {
      if (product[base + i] == p) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the recipe lets the box take {@code p} once it has given up {@code given} (or -1).
   */
  boolean fits(int box, int p, int given) {
    BrandRules rules = brandOf[box];
    int category = catalog.categoryOf[p];
    boolean required = rules.requiredCount[category] > 0;
    int inCategory = itemsIn(box, category);
    int free = freeUsed[box];
    int items = filled[box];
    if (given >= 0) {
      items--;
      inCategory -= catalog.categoryOf[given] == category ? 1 : 0;
      free -= rules.requiredCount[catalog.categoryOf[given]] > 0 ? 0 : 1;
    }
    return items < rules.recipe.size()
        && inCategory < rules.categoryCap[category]
        && (required || free < rules.freeSlots);
  }

  /** Takes item {@code i} out of a box and returns its unit to stock. */
  void remove(int box, int i) {
    int base = box * maxSize;
    int p = product[base + i];
    stock.giveBack(brandOf[box], p, lot[base + i]);
    categoryCount[box * catalog.categoryCount() + catalog.categoryOf[p]]--;
    freeUsed[box] -= brandOf[box].requiredCount[catalog.categoryOf[p]] > 0 ? 0 : 1;
    int last = base + --filled[box];
    product[base + i] = product[last];
    lot[base + i] = lot[last];
    entry[base + i] = entry[last];
  }

  int itemsIn(int box, int category) {
    return categoryCount[box * catalog.categoryCount() + category];
  }

  int itemsOf(int box) {
    return filled[box];
  }

  int maxSize() {
    return maxSize;
  }

  int boxCount() {
    return brandOf.length;
  }

  private boolean tryTake(int box, long candidate) {
    BrandRules rules = brandOf[box];
    int p = Entry.product(candidate);
    if (Entry.isSlot(candidate) && slotsUsed[box] >= rules.recipe.discoverySlots()) {
      return false;
    }
    int base = box * maxSize;
    for (int i = 0; i < filled[box]; i++) {
      if (product[base + i] == p) {
        return false;
      }
    }
    int category = catalog.categoryOf[p];
    int countAt = box * catalog.categoryCount() + category;
    boolean required = rules.requiredCount[category] > 0;
    if (categoryCount[countAt] >= rules.categoryCap[category]
        || (!required && freeUsed[box] >= rules.freeSlots)) {
      return false;
    }
    int taken = stock.takeOne(rules, p);
    if (taken < 0) {
      return false;
    }
    int at = base + filled[box]++;
    product[at] = p;
    lot[at] = taken;
    entry[at] = candidate;
    categoryCount[countAt]++;
    freeUsed[box] += required ? 0 : 1;
    slotsUsed[box] += Entry.isSlot(candidate) ? 1 : 0;
    score[box] +=
        weights.of(Entry.reason(candidate))
            + (Entry.isSlot(candidate) ? weights.discoverySlotBonus() : 0);
    return true;
  }

  private boolean isFull(int box) {
    return brandOf[box] == null || filled[box] >= brandOf[box].recipe.size();
  }
}
