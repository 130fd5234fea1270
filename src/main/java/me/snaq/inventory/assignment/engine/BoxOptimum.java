package me.snaq.inventory.assignment.engine;

import java.util.Arrays;

/**
 * The best set of items for one box, ignoring every other box: an exact dynamic programme over
 * categories (how many items from each, how many of them discoveries) under the recipe's caps,
 * exact required counts and free slots, with the discovery-slot bonus for up to the recipe's
 * discovery slots. Used for each box's upper bound and to polish a filled box.
 */
final class BoxOptimum {
  private static final int NONE = Integer.MIN_VALUE;

  private final int slotBonus;
  private final long[][] discovery;
  private final long[][] plain;
  private final int[] discoveryCount;
  private final int[] plainCount;
  private final int[][] choice;
  private final boolean[] used;
  private BrandRules rules;
  private int slots;
  private int width;
  private int bestState;

  /** Scratch space for boxes of any brand; {@link #reset} before each box. Not thread-safe. */
  BoxOptimum(Catalog catalog, Weights weights) {
    this(catalog, weights.discoverySlotBonus());
  }

  /** With the discovery-slot bonus given, for callers that scale their values. */
  BoxOptimum(Catalog catalog, int slotBonus) {
    this.slotBonus = slotBonus;
    int categories = catalog.categoryCount();
    int[] sizes = new int[categories];
    for (int p = 0; p < catalog.size(); p++) {
      sizes[catalog.categoryOf[p]]++;
    }
    discovery = new long[categories][];
    plain = new long[categories][];
    for (int c = 0; c < categories; c++) {
      discovery[c] = new long[sizes[c]];
      plain[c] = new long[sizes[c]];
    }
    discoveryCount = new int[categories];
    plainCount = new int[categories];
    choice = new int[categories][];
    used = new boolean[categories];
  }

  BoxOptimum reset(BrandRules rules) {
    this.rules = rules;
    slots = slotBonus > 0 ? rules.recipe.discoverySlots() : 0;
    width = slots + 1;
    java.util.Arrays.fill(discoveryCount, 0);
    java.util.Arrays.fill(plainCount, 0);
    java.util.Arrays.fill(used, false);
    int states = (rules.freeSlots + 1) * width;
    for (int c = 0; c < choice.length; c++) {
      if (choice[c] == null || choice[c].length < states) {
        choice[c] = new int[states];
      }
    }
    return this;
  }

  /** Offers an item; {@code id} (0 or more) comes back from {@link #chosen()}. */
  void add(int category, int value, boolean isDiscovery, int id) {
    long item = ((long) value << 32) | id;
    if (isDiscovery) {
      discovery[category][discoveryCount[category]++] = item;
    } else {
      plain[category][plainCount[category]++] = item;
    }
  }

  int maxItems() {
    int required = 0;
    int free = 0;
    for (int c = 0; c < discovery.length; c++) {
      int available = discoveryCount[c] + plainCount[c];
      if (rules.requiredCount[c] > 0) {
        required += Math.min(rules.requiredCount[c], available);
      } else {
        free += Math.min(rules.categoryCap[c], available);
      }
    }
    return required + Math.min(rules.freeSlots, free);
  }

  /** The best total, slot bonus included. */
  int best() {
    int categories = discovery.length;
    int[] dp = new int[(rules.freeSlots + 1) * width];
    Arrays.fill(dp, NONE);
    dp[0] = 0;
    for (int c = 0; c < categories; c++) {
      if (discoveryCount[c] + plainCount[c] > 0) {
        sortDescending(discovery[c], discoveryCount[c]);
        sortDescending(plain[c], plainCount[c]);
        dp = addCategory(dp, c);
      }
    }
    int best = NONE;
    for (int state = 0; state < dp.length; state++) {
      if (dp[state] != NONE && dp[state] + slotBonus * (state % width) > best) {
        best = dp[state] + slotBonus * (state % width);
        bestState = state;
      }
    }
    return best;
  }

  /** The ids of the items of the best set; call after {@link #best()}. */
  int[] chosen() {
    int[] ids = new int[rules.recipe.size()];
    int count = 0;
    int state = bestState;
    for (int c = discovery.length - 1; c >= 0; c--) {
      if (!used[c]) {
        continue;
      }
      int packed = choice[c][state];
      int n = packed >>> 24;
      int m = (packed >>> 16) & 0xFF;
      for (int i = 0; i < m; i++) {
        ids[count++] = (int) discovery[c][i];
      }
      for (int i = 0; i < n - m; i++) {
        ids[count++] = (int) plain[c][i];
      }
      state = packed & 0xFFFF;
    }
    return Arrays.copyOf(ids, count);
  }

  private int[] addCategory(int[] dp, int c) {
    int[] bestDiscovery = prefixSums(discovery[c], discoveryCount[c], rules.categoryCap[c]);
    int[] bestPlain = prefixSums(plain[c], plainCount[c], rules.categoryCap[c]);
    boolean required = rules.requiredCount[c] > 0;
    int most = Math.min(rules.categoryCap[c], discoveryCount[c] + plainCount[c]);
    int[] next = dp.clone();
    int[] from = choice[c];
    used[c] = true;
    for (int state = 0; state < dp.length; state++) {
      from[state] = state;
    }
    for (int state = 0; state < dp.length; state++) {
      if (dp[state] == NONE) {
        continue;
      }
      int free = state / width;
      int found = state % width;
      for (int n = 1; n <= most; n++) {
        int freeAfter = required ? free : free + n;
        if (freeAfter > rules.freeSlots) {
          break;
        }
        int fewest = Math.max(0, n - plainCount[c]);
        for (int m = fewest; m <= Math.min(n, discoveryCount[c]); m++) {
          int target = freeAfter * width + Math.min(slots, found + m);
          int value = dp[state] + bestDiscovery[m] + bestPlain[n - m];
          if (value > next[target]) {
            next[target] = value;
            from[target] = (n << 24) | (m << 16) | state;
          }
        }
      }
    }
    return next;
  }

  /** Sums of the best 0, 1, ... items, as far as a category can hold. */
  private static int[] prefixSums(long[] items, int count, int cap) {
    int length = Math.min(count, cap);
    int[] sums = new int[length + 1];
    for (int i = 0; i < length; i++) {
      sums[i + 1] = sums[i] + (int) (items[i] >>> 32);
    }
    return sums;
  }

  private static void sortDescending(long[] items, int count) {
    if (count > 1) {
      Arrays.sort(items, 0, count);
      for (int i = 0, j = count - 1; i < j; i++, j--) {
        long swap = items[i];
        items[i] = items[j];
        items[j] = swap;
      }
    }
  }
}
