package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.persistence.BrandRepository;
import me.snaq.inventory.catalog.persistence.EligibilityRepository;
import me.snaq.inventory.catalog.persistence.ProductRepository;
import me.snaq.inventory.catalog.persistence.ThresholdQueries;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * Low-stock thresholds (webhook {@code stock.low}): per brand and product, over the brand's default
 * ({@code lowStockThreshold} on the brand). Partners read their own; staff set them.
 */
@ApplicationScoped
public class ThresholdService {
  private final ThresholdQueries thresholds;
  private final BrandRepository brands;
  private final ProductRepository products;
  private final EligibilityRepository eligibility;
  private final Clock clock;

  public ThresholdService(
      ThresholdQueries thresholds,
      BrandRepository brands,
      ProductRepository products,
      EligibilityRepository eligibility,
      Clock clock) {
    this.thresholds = thresholds;
    this.brands = brands;
    this.products = products;
    this.eligibility = eligibility;
    this.clock = clock;
  }

  @Transactional
  public StockThreshold get(Caller caller, String brand, String sku) {
    visibleBrand(caller, brand);
    return thresholds
        .find(brand, sku)
        .orElseThrow(() -> new ThresholdNotFoundException(brand, sku));
  }

  @Transactional
  public Page<StockThreshold> list(Caller caller, String brand, PageRequest page) {
    visibleBrand(caller, brand);
    return Page.of(thresholds.page(brand, page.after(), page.limit()), page, StockThreshold::sku);
  }

  /** Sets the product's threshold for the brand; the result tells whether it is new. */
  @Transactional
  public Change set(String brandCode, String sku, int threshold) {
    Brand brand =
        brands.findByIdOptional(brandCode).orElseThrow(() -> new BrandNotFoundException(brandCode));
    if (brand.isHouse()) {
      throw new ReservedBrandException(brandCode);
    }
    if (products.findByIdOptional(sku).isEmpty()) {
      throw new ProductNotFoundException(sku);
    }
    if (!eligibility.isEligible(sku, brandCode)) {
      throw new ProductNotEligibleException(brandCode, sku);
    }
    boolean created = thresholds.upsert(brandCode, sku, threshold, Instant.now(clock));
    return new Change(thresholds.find(brandCode, sku).orElseThrow(), created);
  }

  @Transactional
  public void remove(String brand, String sku) {
    if (!thresholds.delete(brand, sku)) {
      throw new ThresholdNotFoundException(brand, sku);
    }
  }

  private void visibleBrand(Caller caller, String brand) {
    if (!caller.canSeeBrand(brand) || brands.findByIdOptional(brand).isEmpty()) {
      throw new BrandNotFoundException(brand);
    }
  }

  /** A threshold after a change, and whether the change created it. */
  public record Change(StockThreshold threshold, boolean created) {}
}
