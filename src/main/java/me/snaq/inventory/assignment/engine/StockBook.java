package me.snaq.inventory.assignment.engine;

/**
 * The stock left while boxes are filled: units per lot and each brand's use of house stock.
 *
 * <p>House units obey DESIGN 3: a brand may take one while it is under its limit and either has
 * ring-fenced units left or the house keeps enough to cover every other brand's ring-fence. The
 * invariant {@code houseLeft >= sum of ring-fences left} therefore never breaks once it holds.
 */
final class StockBook {
  private final Catalog catalog;
  private final int[] unitsLeft;
  private final int[] houseLeft;
  private final int[] productLeft;
  private final int[] ringFencesLeft;
  private final int[][] ringFence;
  private final int[][] limit;
  private final int[][] houseUsed;

  StockBook(Catalog catalog, BrandRules[] brands) {
    this.catalog = catalog;
    int n = catalog.size();
    unitsLeft = new int[catalog.lotCount];
    houseLeft = new int[n];
    productLeft = new int[n];
    ringFencesLeft = new int[n];
    ringFence = new int[brands.length][n];
    limit = new int[brands.length][n];
    houseUsed = new int[brands.length][n];
    for (int p = 0; p < n; p++) {
      Lot[] lots = catalog.lots[p];
      for (int i = 0; i < lots.length; i++) {
        unitsLeft[catalog.lotBase[p] + i] = lots[i].available();
        productLeft[p] += lots[i].available();
        if (lots[i].isHouse()) {
          houseLeft[p] += lots[i].available();
        }
      }
      String sku = catalog.products[p].sku();
      for (BrandRules brand : brands) {
        Quota quota = brand.setup.quotaOf(sku);
        ringFence[brand.index][p] = quota.ringFenceLeft();
        limit[brand.index][p] = quota.limitLeft();
        ringFencesLeft[p] += quota.ringFenceLeft();
      }
    }
  }

  /**
   * Takes one unit of a product for a brand, FEFO among the lots it may use.
   *
   * @return the taken lot's position in the product's FEFO list, or -1 when none may serve
   */
  int takeOne(BrandRules brand, int product) {
    int lot = firstServable(brand, product);
    if (lot >= 0) {
      unitsLeft[catalog.lotBase[product] + lot]--;
      productLeft[product]--;
      if (catalog.lots[product][lot].isHouse()) {
        houseLeft[product]--;
        if (houseUsed[brand.index][product]++ < ringFence[brand.index][product]) {
          ringFencesLeft[product]--;
        }
      }
    }
    return lot;
  }

  /** Returns a unit taken by {@link #takeOne}. */
  void giveBack(BrandRules brand, int product, int lot) {
    unitsLeft[catalog.lotBase[product] + lot]++;
    productLeft[product]++;
    if (catalog.lots[product][lot].isHouse()) {
      houseLeft[product]++;
      if (--houseUsed[brand.index][product] < ringFence[brand.index][product]) {
        ringFencesLeft[product]++;
      }
    }
  }

  /** The lot {@link #takeOne} would take, or -1 when the brand can get no unit of the product. */
  int firstServable(BrandRules brand, int product) {
    if (productLeft[product] == 0) {
      return -1;
    }
    Lot[] lots = catalog.lots[product];
    boolean houseAllowed = mayTakeHouse(brand.index, product);
    for (int i = brand.firstUsableLot[product]; i < lots.length; i++) {
      if (unitsLeft[catalog.lotBase[product] + i] > 0) {
        Lot lot = lots[i];
        if (lot.isHouse() ? houseAllowed : lot.owner().equals(brand.setup.code())) {
          return i;
        }
      }
    }
    return -1;
  }

  boolean canServe(BrandRules brand, int product) {
    return firstServable(brand, product) >= 0;
  }

  private boolean mayTakeHouse(int brand, int product) {
    int used = houseUsed[brand][product];
    if (used >= limit[brand][product] || houseLeft[product] <= 0) {
      return false;
    }
    return used < ringFence[brand][product] || houseLeft[product] > ringFencesLeft[product];
  }
}
