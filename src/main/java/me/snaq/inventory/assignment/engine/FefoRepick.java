package me.snaq.inventory.assignment.engine;

import java.util.Arrays;

/**
 * The last step, once every box's contents are fixed: each unit is picked again from the earliest
 * lot its box's brand may use (ownership, floor, quotas), so FEFO holds over the result. The
 * exchange and polish steps give units back to the lots they came from, which can leave a box with
 * a later lot while an earlier one keeps free units; this undoes that.
 *
 * <p>A unit is given back and taken again, which always finds its own lot or an earlier one. Units
 * are visited per product from the earliest lot on, so a unit freed by a move is seen by the boxes
 * that hold later lots; passes repeat until none moves (a move freeing house units can let another
 * brand's quota admit an earlier lot). Every move goes to an earlier lot, so the passes end.
 */
final class FefoRepick {
  private final StockBook stock;
  private final BrandRules[] brandOf;
  private final BoxFiller filler;
  private final int products;

  FefoRepick(Catalog catalog, StockBook stock, BrandRules[] brandOf, BoxFiller filler) {
    this.stock = stock;
    this.brandOf = brandOf;
    this.filler = filler;
    this.products = catalog.size();
  }

  /**
   * Re-picks every unit, then hands each brand's earliest units of a product to its worst-served
   * boxes holding it; returns how many units moved to an earlier lot.
   *
   * @param rank per box, its place when boxes are ordered worst served first
   */
  int repick(int[] rank) {
    long[][] byProduct = unitsByProduct();
    int moved = 0;
    int movedInPass;
    do {
      movedInPass = 0;
      for (long[] units : byProduct) {
        movedInPass += repick(units);
      }
      moved += movedInPass;
    } while (movedInPass > 0);
    for (long[] units : byProduct) {
      earliestToWorstServed(units, rank);
    }
    return moved;
  }

  /**
   * Within one brand, lots of a product are interchangeable between its boxes (one floor, one
   * owner, one quota), so the earliest (those that earn the near-floor bonus) go to the boxes
   * served worst. Which lots are used does not change, so FEFO still holds.
   */
  private void earliestToWorstServed(long[] units, int[] rank) {
    for (int i = 0; i < units.length; i++) {
      int at = (int) units[i];
      int box = at / filler.maxSize();
      units[i] = ((long) brandOf[box].index << 52) | ((long) rank[box] << 26) | at;
    }
    Arrays.sort(units);
    int[] lots = new int[units.length];
    for (int from = 0; from < units.length; ) {
      long brand = units[from] >>> 52;
      int to = from;
      while (to < units.length && units[to] >>> 52 == brand) {
        lots[to] = filler.lot[(int) (units[to] & AT_MASK)];
        to++;
      }
      Arrays.sort(lots, from, to);
      for (int i = from; i < to; i++) {
        filler.lot[(int) (units[i] & AT_MASK)] = lots[i];
      }
      from = to;
    }
  }

  private static final long AT_MASK = (1L << 26) - 1;

  private int repick(long[] units) {
    for (int i = 0; i < units.length; i++) {
      int at = (int) (units[i] & AT_MASK);
      units[i] = ((long) filler.lot[at] << 32) | at;
    }
    Arrays.sort(units);
    int moved = 0;
    for (long unit : units) {
      int at = (int) (unit & AT_MASK);
      int box = at / filler.maxSize();
      int p = filler.product[at];
      int before = filler.lot[at];
      stock.giveBack(brandOf[box], p, before);
      int after = stock.takeEarliest(brandOf[box], p);
      if (after < 0 || after > before) {
        throw new IllegalStateException("a unit given back could not be taken again");
      }
      filler.lot[at] = after;
      moved += after != before ? 1 : 0;
    }
    return moved;
  }

  /** Per product, the positions in the filler's arrays of the units boxes hold of it. */
  private long[][] unitsByProduct() {
    int[] count = new int[products];
    int boxes = brandOf.length;
    for (int box = 0; box < boxes; box++) {
      for (int i = 0; i < filler.itemsOf(box); i++) {
        count[filler.product[box * filler.maxSize() + i]]++;
      }
    }
    long[][] units = new long[products][];
    for (int p = 0; p < products; p++) {
      units[p] = new long[count[p]];
      count[p] = 0;
    }
    for (int box = 0; box < boxes; box++) {
      for (int i = 0; i < filler.itemsOf(box); i++) {
        int at = box * filler.maxSize() + i;
        int p = filler.product[at];
        units[p][count[p]++] = at;
      }
    }
    return units;
  }
}
