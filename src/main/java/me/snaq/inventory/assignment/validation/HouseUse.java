package me.snaq.inventory.assignment.validation;

import java.util.HashMap;
import java.util.Map;
import me.snaq.inventory.assignment.engine.BrandSetup;
import me.snaq.inventory.assignment.engine.Quota;
import me.snaq.inventory.assignment.engine.Snapshot;

/**
 * One product's house units as the boxes use them, brand by brand, against the quotas (DESIGN 3): a
 * brand stays within its limit, and the ring-fences left (the snapshot's brands' and those of
 * brands outside it) still fit in the house stock once the boxes have taken theirs.
 */
final class HouseUse {
  private final Snapshot snapshot;
  private final String sku;
  private final int houseUnits;
  private final Map<String, Integer> usedByBrand = new HashMap<>();

  HouseUse(Snapshot snapshot, String sku, int houseUnits) {
    this.snapshot = snapshot;
    this.sku = sku;
    this.houseUnits = houseUnits;
  }

  void add(String brand) {
    usedByBrand.merge(brand, 1, Integer::sum);
  }

  int used(String brand) {
    return usedByBrand.getOrDefault(brand, 0);
  }

  /** True when the brand holds more house units than its limit leaves. */
  boolean passesLimit(String brand) {
    return passesLimit(brand, used(brand));
  }

  /** True when the house units taken leave less than the ring-fences of the brands not taking. */
  boolean breaksRingFences() {
    return breaksRingFences(null);
  }

  /** True when the brand could take one more house unit of the product within its quotas. */
  boolean mayTakeOneMore(String brand) {
    return !passesLimit(brand, used(brand) + 1) && !breaksRingFences(brand);
  }

  private boolean passesLimit(String brand, int used) {
    Quota quota = quotaOf(brand);
    return quota.limit() != null && used > quota.limit() - quota.held();
  }

  /**
   * Each brand claims the larger of what it took and its ring-fence left; the claims must fit in
   * the house units, or (when the fences alone exceed them) stay within the fences.
   */
  private boolean breaksRingFences(String takingOneMore) {
    long fences = snapshot.ringFencedOutside(sku);
    long claimed = fences;
    for (BrandSetup brand : snapshot.brands()) {
      Quota quota = brand.quotaOf(sku);
      int fence = Math.max(0, quota.reserved() - quota.held());
      int used = used(brand.code()) + (brand.code().equals(takingOneMore) ? 1 : 0);
      claimed += Math.max(used, fence);
      fences += fence;
    }
    return fences > 0 && claimed > Math.max(houseUnits, fences);
  }

  private Quota quotaOf(String brand) {
    return snapshot.brands().stream()
        .filter(b -> b.code().equals(brand))
        .findFirst()
        .map(b -> b.quotaOf(sku))
        .orElse(Quota.NONE);
  }
}
