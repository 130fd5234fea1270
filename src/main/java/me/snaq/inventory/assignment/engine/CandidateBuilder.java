package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * Applies the hard rules to one subscriber and ranks the products they permit. Thread-safe: the
 * scratch arrays are per call, and the stock book is only read.
 */
final class CandidateBuilder {
  /**
   * Discovery products offered with the slot bonus, per slot: enough that stock running out rarely
   * leaves a slot empty, few enough that they do not crowd the list.
   */
  private static final int SLOT_ENTRIES_PER_SLOT = 4;

  /** Points are scaled by this in the ideal box, leaving room for a tie-break (recipes <= 20). */
  private static final int IDEAL_SCALE = 1 << 10;

  private final Catalog catalog;
  private final Map<String, BrandRules> brands;
  private final Weights weights;
  private final LocalDate deliveryDate;
  private final long seed;

  /** Per brand, the products it may use that have stock for it at the start. */
  private final int[][] servable;

  /** Per brand, every product it may use (active and eligible), with stock or without. */
  private final int[][] usable;

  private final ThreadLocal<Scratch> scratch;

  /** Per-thread working arrays, reused from one subscriber to the next. */
  private static final class Scratch {
    final BoxOptimum optimum;
    final BoxOptimum preference;
    final BoxOptimum ideal;
    final int[] marks;
    final long[] entries;
    final boolean[] liked;

    Scratch(Catalog catalog, Weights weights) {
      optimum = new BoxOptimum(catalog, weights);
      preference = new BoxOptimum(catalog, weights);
      ideal = new BoxOptimum(catalog, weights.discoverySlotBonus() * IDEAL_SCALE);
      marks = new int[catalog.size()];
      entries = new long[catalog.size()];
      liked = new boolean[catalog.categoryCount()];
    }
  }

  CandidateBuilder(
      Catalog catalog, Map<String, BrandRules> brands, StockBook stock, Snapshot snapshot) {
    this.catalog = catalog;
    this.brands = brands;
    this.weights = snapshot.weights();
    this.deliveryDate = snapshot.deliveryDate();
    this.seed = snapshot.seed();
    servable = new int[brands.size()][];
    usable = new int[brands.size()][];
    for (BrandRules rules : brands.values()) {
      usable[rules.index] =
          java.util.stream.IntStream.range(0, catalog.size())
              .filter(p -> rules.floor[p] >= 0)
              .toArray();
      servable[rules.index] =
          java.util.stream.IntStream.range(0, catalog.size())
              .filter(p -> rules.floor[p] >= 0 && stock.canServe(rules, p))
              .toArray();
    }
    scratch = ThreadLocal.withInitial(() -> new Scratch(catalog, weights));
  }

  Candidates build(int index, Subscriber subscriber, int limit) {
    BrandRules rules = brands.get(subscriber.brand());
    if (rules == null) {
      return Candidates.NONE;
    }
    Scratch work = scratch.get();
    int[] marks = work.marks;
    Arrays.fill(marks, 0);
    ProfileMarks.mark(marks, catalog, subscriber, rules.recipe, deliveryDate);
    boolean[] liked = work.liked;
    Arrays.fill(liked, false);
    subscriber.likedCategories().stream()
        .map(catalog.categoryIndex::get)
        .filter(c -> c != null)
        .forEach(c -> liked[c] = true);
    long[] excluded = catalog.bitsOf(subscriber.excludedIngredients());
    boolean slots = rules.recipe.discoverySlots() > 0 && weights.discoverySlotBonus() > 0;
    long[] entries = work.entries;
    int count = 0;
    BoxOptimum bound = work.optimum.reset(rules);
    BoxOptimum preference = work.preference.reset(rules);
    boolean nearFloor = false;
    int permittedRequests = 0;
    for (int p : servable[rules.index]) {
      int mark = marks[p];
      if (!permits(mark, p, excluded)) {
        continue;
      }
      boolean discovery = ProfileMarks.isDiscovery(mark);
      Reason reason = ProfileMarks.reasonOf(mark, liked[catalog.categoryOf[p]], discovery);
      int value = weights.of(reason) + (rules.nearFloorAtStart[p] ? weights.nearFloorBonus() : 0);
      entries[count++] = Entry.of(value, Entry.mix(seed, index, p), false, discovery, reason, p);
      // the bound counts all a box can score: the near-floor bonus too, when a lot offers it
      bound.add(catalog.categoryOf[p], value, discovery, p);
      preference.add(catalog.categoryOf[p], weights.of(reason), discovery, p);
      nearFloor |= rules.nearFloorAtStart[p];
      permittedRequests += reason == Reason.REQUESTED ? 1 : 0;
    }
    Arrays.sort(entries, 0, count);
    long[] slotEntries = slotEntries(entries, count, slots ? rules.recipe.discoverySlots() : 0);
    int total = count + slotEntries.length;
    long[] best = new long[Math.min(total, limit)];
    int plainAt = count - 1;
    int slotAt = 0;
    for (int i = 0; i < best.length; i++) {
      boolean slotFirst =
          slotAt < slotEntries.length && (plainAt < 0 || slotEntries[slotAt] > entries[plainAt]);
      best[i] = slotFirst ? slotEntries[slotAt++] : entries[plainAt--];
    }
    int boundValue = bound.best();
    int preferenceBound = nearFloor ? preference.best() : boundValue;
    int maxItems = bound.maxItems();
    int[] ideal = ideal(work.ideal, index, rules, marks, liked, excluded);
    return new Candidates(
        best, total > limit, boundValue, preferenceBound, maxItems, permittedRequests, ideal);
  }

  /**
   * The products of the box's best choice if every product the brand may use were in stock: the
   * units the run would need, which the demand report sets against the stock. Values are scaled by
   * {@link #IDEAL_SCALE} plus a per-box random part too small to outweigh one point summed over a
   * box, so ties between equally preferred products are split at random (not all given to one).
   */
  private int[] ideal(
      BoxOptimum optimum,
      int index,
      BrandRules rules,
      int[] marks,
      boolean[] liked,
      long[] excluded) {
    optimum.reset(rules);
    int jitter = IDEAL_SCALE / (rules.recipe.size() + 1);
    for (int p : usable[rules.index]) {
      int mark = marks[p];
      if (permits(mark, p, excluded)) {
        boolean discovery = ProfileMarks.isDiscovery(mark);
        Reason reason = ProfileMarks.reasonOf(mark, liked[catalog.categoryOf[p]], discovery);
        int tieBreak = (int) Long.remainderUnsigned(Entry.mix(seed, index, p), jitter);
        optimum.add(
            catalog.categoryOf[p], weights.of(reason) * IDEAL_SCALE + tieBreak, discovery, p);
      }
    }
    optimum.best();
    return optimum.chosen();
  }

  /** The hard rules of one product for one subscriber: NG, disliked, repeat window, ingredients. */
  private boolean permits(int mark, int product, long[] excluded) {
    return !ProfileMarks.breaksARule(mark)
        && !Catalog.intersects(catalog.ingredientBits[product], excluded);
  }

  /** Slot entries for the best discovery products, best first. */
  private long[] slotEntries(long[] sorted, int count, int discoverySlots) {
    long[] slotEntries = new long[Math.min(count, SLOT_ENTRIES_PER_SLOT * discoverySlots)];
    int found = 0;
    for (int i = count - 1; i >= 0 && found < slotEntries.length; i--) {
      if (Entry.isDiscovery(sorted[i])) {
        slotEntries[found++] = Entry.withSlotBonus(sorted[i], weights.discoverySlotBonus());
      }
    }
    return Arrays.copyOf(slotEntries, found);
  }
}
