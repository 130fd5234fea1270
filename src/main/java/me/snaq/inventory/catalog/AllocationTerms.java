package me.snaq.inventory.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the catalog says about some brands and products, as allocations check it: the brands and
 * products by code (unknown ones absent), the products each brand may use, and the quotas on them.
 */
public record AllocationTerms(
    Map<String, BrandInfo> brands,
    Map<String, ProductInfo> products,
    Map<String, Set<String>> eligibleSkus,
    List<QuotaInfo> quotas) {}
