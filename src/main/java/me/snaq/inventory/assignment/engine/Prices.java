package me.snaq.inventory.assignment.engine;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A price per product that makes boxes compete for scarce stock (Lagrangian relaxation of the stock
 * limits). Each round every box picks its own best set at the current prices, exactly and
 * independently (so in parallel); a product wanted by more boxes than it has units gets dearer, one
 * with units left over gets cheaper. Filling in order of value minus price then hands a scarce
 * product to the boxes that lose most without it.
 */
final class Prices {
  private final Catalog catalog;
  private final BrandRules[] brandOf;
  private final long[][] entries;
  private final ThreadLocal<Choice> choice;
  private final long[] supply;

  Prices(Catalog catalog, BrandRules[] brandOf, long[][] entries) {
    this.catalog = catalog;
    this.brandOf = brandOf;
    this.entries = entries;
    this.choice = ThreadLocal.withInitial(Choice::new);
    supply = new long[catalog.size()];
    for (int p = 0; p < catalog.size(); p++) {
      supply[p] = Arrays.stream(catalog.lots[p]).mapToLong(Lot::available).sum();
    }
  }

  /**
   * Runs the price rounds.
   *
   * @param forEachBox runs an action for every box index, in parallel where it can
   * @return whole-point prices per product
   */
  int[] find(int rounds, long seed, ForEachIndex forEach) {
    int[] sample = sample(seed);
    double share = sample.length / (double) Math.max(1, brandOf.length);
    double[] price = new double[catalog.size()];
    int[][] chosen = new int[sample.length][];
    for (int round = 0; round < rounds; round++) {
      int[] points = rounded(price);
      forEach.run(sample.length, i -> chosen[i] = choose(sample[i], points));
      long[] demand = new long[catalog.size()];
      for (int[] set : chosen) {
        for (int p : set) {
          demand[p]++;
        }
      }
      double step = STEP / Math.sqrt(round + 1.0);
      for (int p = 0; p < price.length; p++) {
        double units = supply[p] * share;
        double excess = (demand[p] - units) / Math.max(1.0, units);
        price[p] = Math.max(0, price[p] + step * Math.max(-1, Math.min(1, excess)));
      }
    }
    return rounded(price);
  }

  /** Runs an action for indices 0..count-1, in parallel where it can. */
  @FunctionalInterface
  interface ForEachIndex {
    void run(int count, IntConsumer action);
  }

  /**
   * Prices only need each product's demand relative to its supply, so above {@link #SAMPLE} boxes
   * an evenly spread, seeded sample of boxes competes for a proportional share of the stock.
   */
  private int[] sample(long seed) {
    int n = brandOf.length;
    if (n <= SAMPLE) {
      return java.util.stream.IntStream.range(0, n).toArray();
    }
    int[] sample = new int[SAMPLE];
    double stride = n / (double) SAMPLE;
    double offset = (Entry.mix(seed, n, SAMPLE) >>> 11) * 0x1.0p-53 * stride;
    for (int i = 0; i < SAMPLE; i++) {
      sample[i] = Math.min(n - 1, (int) (offset + i * stride));
    }
    return sample;
  }

  /**
   * The box's choice at these prices, greedily: candidates by value minus price (a discovery
   * product counted with its slot bonus), taken while the recipe allows. Close to the box's exact
   * best and several times cheaper, which is what a demand estimate needs.
   */
  private int[] choose(int box, int[] price) {
    BrandRules rules = brandOf[box];
    if (rules == null) {
      return new int[0];
    }
    long[] list = entries[box];
    long[] ranked = new long[Math.min(list.length, ENTRIES_PRICED)];
    int count = 0;
    for (int i = 0; i < ranked.length; i++) {
      long entry = list[i];
      int p = Entry.product(entry);
      int value = Entry.value(entry) - price[p];
      if (value > 0) {
        ranked[count++] = ((long) value << 32) | (Entry.isSlot(entry) ? 1L << 31 : 0) | p;
      }
    }
    Arrays.sort(ranked, 0, count);
    Choice choice = this.choice.get().reset(rules);
    for (int i = count - 1; i >= 0 && !choice.isFull(); i--) {
      choice.offer((int) (ranked[i] & 0xFFFF), (ranked[i] & (1L << 31)) != 0);
    }
    return choice.taken();
  }

  /** One box's greedy choice under its recipe. */
  private final class Choice {
    private final int[] inCategory = new int[catalog.categoryCount()];
    private final boolean[] taken = new boolean[catalog.size()];
    private final int[] items = new int[64];
    private BrandRules rules;
    private int count;
    private int free;
    private int slots;

    Choice reset(BrandRules rules) {
      for (int i = 0; i < count; i++) {
        taken[items[i]] = false;
        inCategory[catalog.categoryOf[items[i]]] = 0;
      }
      this.rules = rules;
      count = 0;
      free = 0;
      slots = 0;
      return this;
    }

    boolean isFull() {
      return count >= rules.recipe.size();
    }

    void offer(int p, boolean slotEntry) {
      int c = catalog.categoryOf[p];
      boolean required = rules.requiredCount[c] > 0;
      if (taken[p]
          || (slotEntry && slots >= rules.recipe.discoverySlots())
          || inCategory[c] >= rules.categoryCap[c]
          || (!required && free >= rules.freeSlots)) {
        return;
      }
      taken[p] = true;
      inCategory[c]++;
      free += required ? 0 : 1;
      slots += slotEntry ? 1 : 0;
      items[count++] = p;
    }

    int[] taken() {
      return Arrays.copyOf(items, count);
    }
  }

  /**
   * Re-keys a box's entries by value minus price and sorts them, best first. The value field then
   * holds {@code OFFSET + value - price}; the true value is always recomputed from the reason.
   */
  static void reprice(long[] list, int[] price) {
    for (int i = 0; i < list.length; i++) {
      long entry = list[i];
      int adjusted = Entry.value(entry) - price[Entry.product(entry)] + OFFSET;
      list[i] = Entry.withValue(entry, Math.max(0, Math.min(2 * OFFSET - 1, adjusted)));
    }
    Arrays.sort(list);
    for (int i = 0, j = list.length - 1; i < j; i++, j--) {
      long swap = list[i];
      list[i] = list[j];
      list[j] = swap;
    }
  }

  static final int OFFSET = 1 << 11;

  /** A box's best candidates that take part in its choice at a price; the rest rarely matter. */
  private static final int ENTRIES_PRICED = 48;

  /** Boxes that take part in the price rounds at most. */
  static final int SAMPLE = 10_000;

  /** The first round's largest price move, in points; later rounds move less. */
  private static final double STEP = 3.0;

  private static int[] rounded(double[] price) {
    int[] points = new int[price.length];
    for (int p = 0; p < price.length; p++) {
      points[p] = (int) Math.round(price[p]);
    }
    return points;
  }
}
