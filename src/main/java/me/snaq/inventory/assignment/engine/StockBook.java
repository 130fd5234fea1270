package me.snaq.inventory.assignment.engine;

/**
 * The stock left while boxes are filled: units per lot and each brand's use of house stock.
 *
 * <p>House units obey DESIGN 3: a brand may take one while it is under its limit and either has
 * ring-fenced units left or the house keeps enough to cover every other brand's ring-fence, its
 * brands' and those of brands outside the snapshot. The invariant {@code houseLeft >= sum of
 * ring-fences left} therefore never breaks once it holds.
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

  StockBook(Catalog catalog, BrandRules[] brands, Snapshot snapshot) {
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
      ringFencesLeft[p] = snapshot.ringFencedOutside(sku);
      for (BrandRules brand : brands) {
        Quota quota = brand.setup.quotaOf(sku);
        ringFence[brand.index][p] = quota.ringFenceLeft();
        limit[brand.index][p] = quota.limitLeft();
        ringFencesLeft[p] += quota.ringFenceLeft();
      }
    }
  }

  /**
   * Takes one unit of a product for a brand: {@link #firstServable}'s lot.
   *
   * @return the taken lot's position in the product's FEFO list, or -1 when none may serve
   */
  int takeOne(BrandRules brand, int product) {
    return take(brand, product, firstServable(brand, product));
  }

  /** Takes one unit from the earliest lot the brand may use, own or house: FEFO proper. */
  int takeEarliest(BrandRules brand, int product) {
    Lot[] lots = catalog.lots[product];
    boolean houseAllowed = mayTakeHouse(brand.index, product);
    for (int i = brand.firstUsableLot[product]; i < lots.length; i++) {
      if (unitsLeft[catalog.lotBase[product] + i] > 0
          && (lots[i].isHouse() ? houseAllowed : lots[i].owner().equals(brand.setup.code()))) {
        return take(brand, product, i);
      }
    }
    return -1;
  }

  private int take(BrandRules brand, int product, int lot) {
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

  /**
   * The lot {@link #takeOne} would take, or -1 when the brand can get no unit of the product: its
   * own lots first, FEFO, then the house's. A brand drawing on its own stock before the shared pool
   * leaves house units to the brands that have nothing else; {@link FefoRepick} moves units to an
   * earlier house lot once the boxes are filled, where house units are left over.
   */
  int firstServable(BrandRules brand, int product) {
    if (productLeft[product] == 0) {
      return -1;
    }
    Lot[] lots = catalog.lots[product];
    int house = -1;
    for (int i = brand.firstUsableLot[product]; i < lots.length; i++) {
      if (unitsLeft[catalog.lotBase[product] + i] > 0) {
        Lot lot = lots[i];
        if (!lot.isHouse() && lot.owner().equals(brand.setup.code())) {
          return i;
        }
        if (lot.isHouse() && house < 0) {
          house = i;
        }
      }
    }
    return house >= 0 && mayTakeHouse(brand.index, product) ? house : -1;
  }

  /**
   * Units of the product the brand may use now: of its own lots and the house's past its floor, all
   * of them or ({@code withQuotas}) those its quotas let it take.
   */
  int units(BrandRules brand, int product, boolean withQuotas) {
    Lot[] lots = catalog.lots[product];
    int own = 0;
    int house = 0;
    for (int i = Math.max(0, brand.firstUsableLot[product]); i < lots.length; i++) {
      int left = unitsLeft[catalog.lotBase[product] + i];
      if (lots[i].isHouse()) {
        house += left;
      } else if (lots[i].owner().equals(brand.setup.code())) {
        own += left;
      }
    }
    if (!withQuotas) {
      return own + house;
    }
    int used = houseUsed[brand.index][product];
    int mayTake = Math.max(0, Math.min(house, limit[brand.index][product] - used));
    if (used >= ringFence[brand.index][product]) {
      mayTake = Math.min(mayTake, Math.max(0, houseLeft[product] - ringFencesLeft[product]));
    }
    return own + mayTake;
  }

  boolean canServe(BrandRules brand, int product) {
    return firstServable(brand, product) >= 0;
  }

  /**
   * True when the unit of {@code lot} that {@code giver} holds could serve {@code taker} instead:
   * the taker may use the lot (ownership, floor) and, for a house unit changing brands, the taker's
   * quotas admit it once the giver has given it back.
   */
  boolean mayPass(BrandRules giver, BrandRules taker, int product, int lot) {
    Lot unit = catalog.lots[product][lot];
    if (lot < taker.firstUsableLot[product] || !taker.mayUse(unit)) {
      return false;
    }
    if (!unit.isHouse() || giver == taker) {
      return true;
    }
    int used = houseUsed[taker.index][product];
    if (used >= limit[taker.index][product]) {
      return false;
    }
    boolean giverFenced = houseUsed[giver.index][product] - 1 < ringFence[giver.index][product];
    int fencesAfter = ringFencesLeft[product] + (giverFenced ? 1 : 0);
    return used < ringFence[taker.index][product] || houseLeft[product] + 1 > fencesAfter;
  }

  private boolean mayTakeHouse(int brand, int product) {
    int used = houseUsed[brand][product];
    if (used >= limit[brand][product] || houseLeft[product] <= 0) {
      return false;
    }
    return used < ringFence[brand][product] || houseLeft[product] > ringFencesLeft[product];
  }
}
