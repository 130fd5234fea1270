package me.snaq.inventory.inventory.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.catalog.QuotaInfo;

/** One brand's quota on house stock of a product, and the house units it holds now. */
public record QuotaTermsView(String brand, int reserved, Integer limit, int houseHeld) {

  /** The terms of one product's quotas, given the house units each brand holds of it. */
  public static List<QuotaTermsView> of(List<QuotaInfo> quotas, Map<String, Integer> houseHeld) {
    return quotas.stream()
        .map(
            q ->
                new QuotaTermsView(
                    q.brand(), q.reserved(), q.limit(), houseHeld.getOrDefault(q.brand(), 0)))
        .toList();
  }

  /** Quotas grouped by product. */
  public static Map<String, List<QuotaInfo>> bySku(List<QuotaInfo> quotas) {
    Map<String, List<QuotaInfo>> bySku = new HashMap<>();
    quotas.forEach(q -> bySku.computeIfAbsent(q.sku(), s -> new ArrayList<>()).add(q));
    return bySku;
  }

  /** What is left of the ring-fence: units other brands still may not take. */
  public int ringFenceLeft() {
    return Math.max(0, reserved - houseHeld);
  }

  /** How many more house units the brand may hold; null without a limit. */
  public Integer limitLeft() {
    return limit == null ? null : Math.max(0, limit - houseHeld);
  }
}
