package me.snaq.inventory.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.domain.Eligibility;

@ApplicationScoped
public class EligibilityRepository implements PanacheRepositoryBase<Eligibility, Eligibility.Key> {

  /** Eligible brands of each of the given products, in one query (no query per product). */
  public Map<String, List<String>> brandsBySku(Collection<String> skus) {
    if (skus.isEmpty()) {
      return Map.of();
    }
    return list("sku in :skus", Parameters.with("skus", skus)).stream()
        .collect(
            Collectors.groupingBy(
                Eligibility::sku,
                TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.mapping(
                        Eligibility::brandCode, Collectors.toCollection(TreeSet::new)),
                    List::copyOf)));
  }

  public boolean isEligible(String sku, String brandCode) {
    return count("sku = ?1 and brandCode = ?2", sku, brandCode) > 0;
  }

  /** Makes the given brands exactly the eligible ones of the product. */
  public void replace(String sku, Collection<String> brandCodes) {
    delete("sku", sku);
    getEntityManager().flush();
    persist(brandCodes.stream().map(code -> new Eligibility(sku, code)));
  }
}
