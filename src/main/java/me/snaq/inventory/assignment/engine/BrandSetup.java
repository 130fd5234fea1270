package me.snaq.inventory.assignment.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine needs of one box line.
 *
 * @param minRemainingDays the brand's own shelf-life floor (0: none)
 * @param quotas per sku; a missing sku has {@link Quota#NONE}
 */
public record BrandSetup(
    String code,
    Recipe recipe,
    Set<String> eligibleSkus,
    int minRemainingDays,
    Map<String, Quota> quotas) {
  public BrandSetup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(recipe, "recipe");
    eligibleSkus = Set.copyOf(eligibleSkus);
    quotas = Map.copyOf(quotas);
  }

  public Quota quotaOf(String sku) {
    return quotas.getOrDefault(sku, Quota.NONE);
  }
}
