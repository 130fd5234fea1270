package me.snaq.inventory.catalog;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.domain.Product;
import me.snaq.inventory.catalog.domain.Recipe;
import me.snaq.inventory.catalog.persistence.CatalogQueries;
import me.snaq.inventory.catalog.persistence.EligibilityRepository;
import me.snaq.inventory.catalog.persistence.ProductRepository;
import me.snaq.inventory.catalog.persistence.RecipeRepository;
import me.snaq.inventory.catalog.persistence.ThresholdQueries;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * What other modules may ask of the catalog, answered with plain records. They refer to brands by
 * code and products by SKU; each method is one query, whatever the number of items asked about.
 */
@ApplicationScoped
public class CatalogService {
  private final ProductRepository products;
  private final EligibilityRepository eligibility;
  private final RecipeRepository recipes;
  private final CatalogQueries queries;
  private final ThresholdQueries thresholds;

  public CatalogService(
      ProductRepository products,
      EligibilityRepository eligibility,
      RecipeRepository recipes,
      CatalogQueries queries,
      ThresholdQueries thresholds) {
    this.queries = queries;
    this.thresholds = thresholds;
    this.products = products;
    this.eligibility = eligibility;
    this.recipes = recipes;
  }

  /** The kind of the brand with this code, or empty when there is none. */
  @Transactional
  public Optional<BrandKind> brandKind(String code) {
    return brand(code).map(BrandInfo::kind);
  }

  @Transactional
  public Optional<BrandInfo> brand(String code) {
    return queries.brand(code);
  }

  /** The brands with these codes, by code, in one query; unknown codes are absent. */
  @Transactional
  public Map<String, BrandInfo> brands(Collection<String> codes) {
    return codes.isEmpty() ? Map.of() : queries.brands(codes);
  }

  /** The brands whose assignment-run allocations send webhook events of their own. */
  @Transactional
  public Set<String> brandsWithRunAllocationEvents() {
    return queries.brandsWithRunAllocationEvents();
  }

  /** Every (brand, product) with a low-stock threshold in force: its own or its brand's. */
  @Transactional
  public List<StockThreshold> lowStockThresholds() {
    return thresholds.inForce();
  }

  /** Every SKU each of these brands may use, by brand, in one query. */
  @Transactional
  public Map<String, Set<String>> eligibleSkusByBrand(Collection<String> brandCodes) {
    return brandCodes.isEmpty() ? Map.of() : queries.eligibleSkusByBrand(brandCodes);
  }

  @Transactional
  public Optional<ProductInfo> product(String sku) {
    return products.findByIdOptional(sku).map(CatalogService::info);
  }

  /** The products with these SKUs, by SKU; unknown SKUs are absent. */
  @Transactional
  public Map<String, ProductInfo> products(Collection<String> skus) {
    return skus.isEmpty() ? Map.of() : queries.products(skus);
  }

  /** Every product of the catalog (a few hundred): what an assignment run reads once. */
  @Transactional
  public List<ProductInfo> allProducts() {
    return products.listAll().stream().map(CatalogService::info).toList();
  }

  /** Which of these SKUs exist, in one query. */
  @Transactional
  public Set<String> existingSkus(Collection<String> skus) {
    if (skus.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(products.skusAmong(skus));
  }

  /** A page of products in SKU order (eligible for the filter's brand when it names one). */
  @Transactional
  public List<ProductInfo> productPage(ProductFilter filter, PageRequest page) {
    return products.page(filter, page).stream().map(CatalogService::info).toList();
  }

  @Transactional
  public boolean isEligible(String sku, String brandCode) {
    return eligibility.isEligible(sku, brandCode);
  }

  /**
   * The reads of the brands, the products, their eligibility and quotas, as allocations check them:
   * the caller sends them, together with reads of its own.
   */
  public AllocationTerms.Reads allocationTerms(
      Collection<String> brandCodes, Collection<String> skus) {
    return queries.allocationTerms(brandCodes, skus);
  }

  /** Every brand's quota on each of these products. */
  @Transactional
  public List<QuotaInfo> quotas(Collection<String> skus) {
    return skus.isEmpty() ? List.of() : queries.quotas(skus);
  }

  /** The brand's box recipe; empty when it has none. */
  @Transactional
  public Optional<RecipeInfo> recipe(String brandCode) {
    return recipes.findByIdOptional(brandCode).map(CatalogService::info);
  }

  /** The recipes of these brands, by brand; brands without one are absent. */
  @Transactional
  public Map<String, RecipeInfo> recipes(Collection<String> brandCodes) {
    if (brandCodes.isEmpty()) {
      return Map.of();
    }
    return recipes
        .list(
            """
            select distinct r from Recipe r left join fetch r.requiredCategories
            where r.brandCode in :brands
            """,
            Parameters.with("brands", brandCodes))
        .stream()
        .map(CatalogService::info)
        .collect(Collectors.toMap(RecipeInfo::brand, Function.identity()));
  }

  private static ProductInfo info(Product product) {
    return new ProductInfo(
        product.sku(),
        product.name(),
        product.category(),
        product.ingredients(),
        product.minRemainingDays(),
        product.status());
  }

  private static RecipeInfo info(Recipe recipe) {
    RecipeTerms terms = recipe.terms();
    return new RecipeInfo(
        recipe.brandCode(),
        terms.size(),
        terms.maxPerCategory(),
        terms.discoverySlots(),
        Map.copyOf(terms.requiredCategories()),
        terms.repeatWindowBoxes(),
        terms.repeatWindowDays(),
        terms.minRemainingDays());
  }
}
