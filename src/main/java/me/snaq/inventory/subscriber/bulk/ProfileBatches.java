package me.snaq.inventory.subscriber.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.subscriber.ItemStatus;
import me.snaq.inventory.subscriber.ProfileItem;
import me.snaq.inventory.subscriber.domain.ItemOutcome;
import me.snaq.inventory.subscriber.domain.Profile;
import me.snaq.inventory.subscriber.domain.ProfileRules;
import me.snaq.inventory.subscriber.domain.Violation;
import me.snaq.inventory.subscriber.persistence.ProfileQueries;

/**
 * One bulk upsert's batches, written in the caller's transaction. Per batch: one catalog query for
 * the SKUs its items name, the rules per item, for a partner one query for ids of other brands, and
 * one upsert statement. Across batches it remembers the ids seen (an id may appear once per
 * request) and the brands looked up.
 */
public final class ProfileBatches {
  private final ProfileQueries profiles;
  private final CatalogService catalog;
  private final String ownBrand;
  private final Instant now;
  private final Set<String> seenIds = new HashSet<>();
  private final Map<String, Boolean> brandExists = new HashMap<>();
  private final Map<String, java.util.Optional<BrandKind>> brandKinds = new HashMap<>();

  public ProfileBatches(
      ProfileQueries profiles, CatalogService catalog, String ownBrand, Instant now) {
    this.profiles = profiles;
    this.catalog = catalog;
    this.ownBrand = ownBrand;
    this.now = now;
  }

  public List<ItemOutcome> write(List<ProfileItem> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    Set<String> knownSkus =
        new HashSet<>(
            catalog.existingSkus(
                batch.stream()
                    .flatMap(item -> ProfileRules.skusNamed(item.input()))
                    .collect(Collectors.toSet())));
    if (ownBrand != null) {
      // a partner names only products its brand may use: another's read as unknown
      knownSkus.retainAll(
          catalog.eligibleSkusByBrand(List.of(ownBrand)).getOrDefault(ownBrand, Set.of()));
    }
    ProfileRules.Catalog facts =
        new ProfileRules.Catalog() {
          @Override
          public boolean brandExists(String code) {
            return brandExists.computeIfAbsent(code, c -> catalog.brand(c).isPresent());
          }

          @Override
          public boolean isPartner(String code) {
            return brandKinds
                .computeIfAbsent(code, c -> catalog.brandKind(c))
                .map(kind -> kind == BrandKind.PARTNER)
                .orElse(false);
          }

          @Override
          public boolean productExists(String sku) {
            return knownSkus.contains(sku);
          }
        };
    ItemOutcome[] outcomes = new ItemOutcome[batch.size()];
    Map<String, Integer> valid = new LinkedHashMap<>();
    Map<String, Profile> toWrite = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      ProfileItem item = batch.get(i);
      String id = item.input().id();
      List<Violation> violations = new ArrayList<>(item.readErrors());
      ProfileRules.Result checked = null;
      if (violations.isEmpty()) {
        checked = ProfileRules.check(item.input(), ownBrand, facts);
        violations.addAll(checked.violations());
      }
      if (id != null && !seenIds.add(id)) {
        violations.add(Violation.of("id", "duplicateInRequest"));
      }
      if (!violations.isEmpty()) {
        outcomes[i] = ItemOutcome.rejected(item.index(), id, violations);
        continue;
      }
      valid.put(id, i);
      toWrite.put(id, checked.profile());
    }
    if (ownBrand != null) {
      for (String taken : profiles.idsOfOtherBrands(valid.keySet(), ownBrand)) {
        int i = valid.remove(taken);
        toWrite.remove(taken);
        outcomes[i] =
            ItemOutcome.rejected(
                batch.get(i).index(), taken, List.of(Violation.of("id", "idInUse")));
      }
    }
    Map<String, Boolean> written = profiles.upsert(toWrite.values(), ownBrand, now);
    valid.forEach(
        (id, i) -> {
          Boolean created = written.get(id);
          ItemStatus status =
              created == null
                  ? ItemStatus.UNCHANGED
                  : created ? ItemStatus.CREATED : ItemStatus.UPDATED;
          outcomes[i] = ItemOutcome.done(batch.get(i).index(), id, status);
        });
    return List.of(outcomes);
  }
}
