package me.snaq.inventory.inventory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the house units some allocations take together keep the quotas of one product (DESIGN 3),
 * for writes that take many at once (a run's COMMIT): no brand passes its limit, and what the
 * takers claim (the larger of what each takes and its ring-fence left, with every other brand's
 * ring-fence left) fits in the house units there were, or stays within the fences when they alone
 * exceed those units.
 */
public final class HouseQuotas {
  private HouseQuotas() {}

  /**
   * The breaches, as {@code brand/sku: reason}; empty when the quotas hold.
   *
   * @param houseFree the product's free house units before the allocations
   * @param terms every brand's quota on the product with the house units it held before
   * @param taking house units each brand takes now
   */
  public static List<String> breaches(
      String sku, int houseFree, List<QuotaTermsView> terms, Map<String, Integer> taking) {
    List<String> breaches = new ArrayList<>();
    long fences = 0;
    long claimed = 0;
    for (QuotaTermsView quota : terms) {
      int takes = taking.getOrDefault(quota.brand(), 0);
      if (takes > 0 && quota.limitLeft() != null && takes > quota.limitLeft()) {
        breaches.add(quota.brand() + "/" + sku + ": house limit " + quota.limit() + " passed");
      }
      fences += quota.ringFenceLeft();
      claimed += Math.max(takes, quota.ringFenceLeft());
    }
    for (Map.Entry<String, Integer> taker : taking.entrySet()) {
      if (terms.stream().noneMatch(q -> q.brand().equals(taker.getKey()))) {
        claimed += taker.getValue();
      }
    }
    if (fences > 0 && claimed > Math.max(houseFree, fences)) {
      breaches.add(sku + ": other brands' ring-fenced house units taken");
    }
    return breaches;
  }
}
