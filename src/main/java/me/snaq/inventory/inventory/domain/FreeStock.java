package me.snaq.inventory.inventory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.catalog.QuotaInfo;

/**
 * The free units of some products, read under their locks, and what allocations take of them one
 * after another: each allocation sees what the ones before it left (DESIGN 3 and 4). Lots come in
 * FEFO order; a brand's house units count against its quota terms as it takes them.
 */
public final class FreeStock {
  private final Map<String, List<Lot>> lotsBySku = new HashMap<>();
  private final Map<String, Map<String, Integer>> houseHeld;
  private final Map<String, List<QuotaInfo>> quotasBySku;

  /**
   * {@code lots}: the usable lots of the products with their free units, in FEFO order per product;
   * {@code houseHeld}: house units each brand holds, per product then brand.
   */
  public FreeStock(
      Map<String, List<FefoLot>> lots,
      Map<String, Map<String, Integer>> houseHeld,
      List<QuotaInfo> quotas) {
    lots.forEach((sku, fefo) -> lotsBySku.put(sku, fefo.stream().map(Lot::new).toList()));
    this.houseHeld = new HashMap<>();
    houseHeld.forEach((sku, byBrand) -> this.houseHeld.put(sku, new HashMap<>(byBrand)));
    this.quotasBySku = QuotaTermsView.bySku(quotas);
  }

  /** What the brand may take of the product for a delivery whose floor date is given. */
  public BrandAvailability availability(String brand, String sku, LocalDate floorDate) {
    int own = 0;
    int house = 0;
    for (Lot lot : lots(sku)) {
      if (lot.usableThrough(floorDate)) {
        own += lot.lot.owner().equals(brand) ? lot.free : 0;
        house += lot.isHouse() ? lot.free : 0;
      }
    }
    List<QuotaTermsView> terms =
        QuotaTermsView.of(
            quotasBySku.getOrDefault(sku, List.of()), houseHeld.getOrDefault(sku, Map.of()));
    return BrandAvailability.compute(brand, true, own, house, terms);
  }

  /**
   * Takes up to {@code units} FEFO from the brand's own lots and the house's, at most {@code
   * houseBudget} of them house units, and counts the house units as the brand's. Returns one pick
   * per lot.
   */
  public List<AllocationPick> take(
      String brand, String sku, LocalDate floorDate, int units, int houseBudget) {
    List<AllocationPick> picks = new ArrayList<>();
    int need = units;
    int houseLeft = houseBudget;
    for (Lot lot : lots(sku)) {
      if (need == 0) {
        break;
      }
      boolean house = lot.isHouse();
      if (!lot.usableThrough(floorDate) || !(house || lot.lot.owner().equals(brand))) {
        continue;
      }
      int taken = Math.min(Math.min(lot.free, need), house ? houseLeft : Integer.MAX_VALUE);
      if (taken <= 0) {
        continue;
      }
      lot.free -= taken;
      need -= taken;
      if (house) {
        houseLeft -= taken;
        houseHeld.computeIfAbsent(sku, s -> new HashMap<>()).merge(brand, taken, Integer::sum);
      }
      FefoLot l = lot.lot;
      picks.add(new AllocationPick(sku, l.lotId(), l.lotCode(), l.bestBefore(), l.owner(), taken));
    }
    return picks;
  }

  private List<Lot> lots(String sku) {
    return lotsBySku.getOrDefault(sku, List.of());
  }

  /** A lot and the units still free of it. */
  private static final class Lot {
    private final FefoLot lot;
    private int free;

    Lot(FefoLot lot) {
      this.lot = lot;
      this.free = lot.free();
    }

    boolean usableThrough(LocalDate floorDate) {
      return !lot.bestBefore().isBefore(floorDate);
    }

    boolean isHouse() {
      return HouseBrand.CODE.equals(lot.owner());
    }
  }
}
