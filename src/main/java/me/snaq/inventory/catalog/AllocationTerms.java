package me.snaq.inventory.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * What the catalog says about some brands and products, as allocations check it: the brands and
 * products by code (unknown ones absent), the products each brand may use, and the quotas on them.
 */
public record AllocationTerms(
    Map<String, BrandInfo> brands,
    Map<String, ProductInfo> products,
    Map<String, Set<String>> eligibleSkus,
    List<QuotaInfo> quotas) {

  /** The catalog's reads of these terms, to send together with others ({@link Jdbc#readAll}). */
  public record Reads(
      Jdbc.Read<Map<String, BrandInfo>> brands,
      Jdbc.Read<Map<String, ProductInfo>> products,
      Jdbc.Read<Map<String, Set<String>>> eligibleSkus,
      Jdbc.Read<List<QuotaInfo>> quotas) {

    /** The four reads, in the order to send them. */
    public List<Jdbc.Read<?>> all() {
      return List.of(brands, products, eligibleSkus, quotas);
    }

    /** The terms, from the results of reads that included these. */
    public AllocationTerms from(Jdbc.Results results) {
      return new AllocationTerms(
          results.of(brands), results.of(products), results.of(eligibleSkus), results.of(quotas));
    }
  }
}
