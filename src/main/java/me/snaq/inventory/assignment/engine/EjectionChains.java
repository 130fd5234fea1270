package me.snaq.inventory.assignment.engine;

import java.util.Arrays;

/**
 * Fills the empty slots of short boxes by chains of moves: the short box takes a product whose
 * stock is gone from a box that holds it, which takes another product from a third box, and so on,
 * until the last box in the chain takes a product that still has stock. Chains are searched breadth
 * first (the shortest first), each product and box at most once per search, and a chain is made
 * only when the total rises. This is an augmenting path of the transportation problem under each
 * box's recipe; the exchange step tries only chains of two.
 */
final class EjectionChains {
  /** Boxes that give up a unit along one chain, at most. */
  private static final int DEPTH = 5;

  private static final int HOLDERS_TRIED = 64;
  private static final int CANDIDATES_TRIED = 48;
  private static final int NODES = 4_096;

  private final Catalog catalog;
  private final StockBook stock;
  private final BrandRules[] brandOf;
  private final long[][] candidates;
  private final BoxFiller filler;
  private final Holders holders;
  private final Weights weights;

  private final int[] nodeBox = new int[NODES];
  private final int[] nodeGiven = new int[NODES];
  private final long[] nodeEntry = new long[NODES];
  private final int[] nodeParent = new int[NODES];
  private final int[] nodeGain = new int[NODES];
  private final int[] nodeDepth = new int[NODES];
  private final int[] productSeen;
  private final int[] boxSeen;
  private int search;

  EjectionChains(
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
    this.holders = holders;
    this.weights = weights;
    productSeen = new int[catalog.size()];
    boxSeen = new int[brandOf.length];
  }

  /** Fills the box's empty slots, one chain at a time; returns the slots filled. */
  int fill(int box) {
    int filled = 0;
    while (brandOf[box] != null
        && filler.itemsOf(box) < brandOf[box].recipe.size()
        && fillOne(box)) {
      filled++;
    }
    return filled;
  }

  private boolean fillOne(int root) {
    search++;
    boxSeen[root] = search;
    int nodes = 0;
    BoxPoints rootPoints = new BoxPoints(filler, brandOf[root], weights, root);
    for (long entry : candidates[root]) {
      int p = Entry.product(entry);
      if (Entry.isSlot(entry) || productSeen[p] == search || !fits(root, p, -1)) {
        continue;
      }
      productSeen[p] = search;
      int gain = rootPoints.without(-1, entry) - rootPoints.total;
      if (stock.canServe(brandOf[root], p)) {
        return gain > 0 && apply(nodes, root, -1, entry, -1, gain);
      }
      if (nodes < NODES) {
        set(nodes++, root, -1, entry, -1, gain, 0);
      }
    }
    for (int head = 0; head < nodes; head++) {
      int found = expand(head, nodes);
      if (found < 0) {
        nodes = -found - 1;
        continue;
      }
      return apply(found);
    }
    return false;
  }

  /**
   * Offers the product of node {@code at} from its holders. Returns the terminal node of a chain
   * that raises the total, or {@code -(nodes + 1)} with the nodes now queued.
   */
  private int expand(int at, int nodes) {
    int q = Entry.product(nodeEntry[at]);
    BrandRules taker = brandOf[nodeBox[at]];
    int count = holders.count(q);
    int start = count == 0 ? 0 : (int) Long.remainderUnsigned(Entry.mix(search, q, at), count);
    for (int k = 0; k < Math.min(HOLDERS_TRIED, count); k++) {
      int holder = holders.get(q, (start + k) % count);
      int given = filler.indexOf(holder, q);
      if (boxSeen[holder] == search || given < 0 || !usableBy(taker, q, holder, given)) {
        continue;
      }
      boxSeen[holder] = search;
      BoxPoints points = new BoxPoints(filler, brandOf[holder], weights, holder);
      long[] list = candidates[holder];
      for (int i = 0; i < Math.min(CANDIDATES_TRIED, list.length); i++) {
        long entry = list[i];
        int r = Entry.product(entry);
        if (Entry.isSlot(entry) || productSeen[r] == search || !fits(holder, r, given)) {
          continue;
        }
        int gain = nodeGain[at] + points.without(given, entry) - points.total;
        if (stock.canServe(brandOf[holder], r)) {
          if (gain > 0 && nodes < NODES) {
            set(nodes, holder, given, entry, at, gain, nodeDepth[at] + 1);
            return nodes;
          }
          continue;
        }
        if (nodeDepth[at] + 1 < DEPTH && nodes < NODES) {
          productSeen[r] = search;
          set(nodes++, holder, given, entry, at, gain, nodeDepth[at] + 1);
        }
      }
    }
    return -(nodes + 1);
  }

  private void set(int node, int box, int given, long entry, int parent, int gain, int depth) {
    nodeBox[node] = box;
    nodeGiven[node] = given;
    nodeEntry[node] = entry;
    nodeParent[node] = parent;
    nodeGain[node] = gain;
    nodeDepth[node] = depth;
  }

  private boolean apply(int node, int box, int given, long entry, int parent, int gain) {
    set(node, box, given, entry, parent, gain, 0);
    return apply(node);
  }

  /**
   * Makes the chain ending at {@code terminal}, last box first: each gives up its unit and takes
   * the next; undone whole if a unit cannot serve its new box after all (a quota).
   */
  private boolean apply(int terminal) {
    long[] undo = new long[2 * (DEPTH + 1)];
    int[] undoBox = new int[undo.length];
    int done = 0;
    for (int node = terminal; node >= 0; node = nodeParent[node]) {
      int box = nodeBox[node];
      if (nodeGiven[node] >= 0) {
        long given = filler.entry[box * filler.maxSize() + nodeGiven[node]];
        filler.remove(box, nodeGiven[node]);
        holders.remove(Entry.product(given), box);
        undoBox[done] = box;
        undo[done++] = given;
      }
      if (!filler.place(box, nodeEntry[node])) {
        undo(undo, undoBox, done);
        return false;
      }
      holders.add(Entry.product(nodeEntry[node]), box);
      undoBox[done] = box;
      undo[done++] = -nodeEntry[node] - 1;
    }
    return true;
  }

  /** Reverses the first {@code done} steps of a chain: placed units out, given units back. */
  private void undo(long[] steps, int[] boxes, int done) {
    for (int i = done - 1; i >= 0; i--) {
      int box = boxes[i];
      if (steps[i] < 0) {
        int p = Entry.product(-steps[i] - 1);
        filler.remove(box, filler.indexOf(box, p));
        holders.remove(p, box);
      } else if (filler.place(box, steps[i])) {
        holders.add(Entry.product(steps[i]), box);
      } else {
        throw new IllegalStateException("a unit just given back could not be taken again");
      }
    }
  }

  private boolean fits(int box, int p, int givenAt) {
    if (filler.indexOf(box, p) >= 0) {
      return false;
    }
    int given = givenAt < 0 ? -1 : filler.product[box * filler.maxSize() + givenAt];
    return filler.fits(box, p, given);
  }

  /** True when the unit the holder has could serve the taker's brand. */
  private boolean usableBy(BrandRules taker, int p, int holder, int at) {
    return stock.mayPass(brandOf[holder], taker, p, filler.lot[holder * filler.maxSize() + at]);
  }

  /** Boxes with empty slots, in the given order. */
  static int[] shortOf(int[] order, BoxFiller filler, BrandRules[] brandOf) {
    return Arrays.stream(order)
        .filter(box -> brandOf[box] != null && filler.itemsOf(box) < brandOf[box].recipe.size())
        .toArray();
  }
}
