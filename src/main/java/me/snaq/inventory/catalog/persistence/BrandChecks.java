package me.snaq.inventory.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import me.snaq.inventory.catalog.BrandNotFoundException;
import me.snaq.inventory.catalog.ProductNotEligibleException;
import me.snaq.inventory.catalog.ProductNotFoundException;
import me.snaq.inventory.catalog.ReservedBrandException;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.shared.security.Caller;

/**
 * The checks every per-brand setting (recipe, quotas, thresholds) makes before it is read or
 * changed, in one place: a brand the caller may see, and a brand's own term on one of its products.
 */
@ApplicationScoped
public class BrandChecks {
  private final BrandRepository brands;
  private final ProductRepository products;
  private final EligibilityRepository eligibility;

  public BrandChecks(
      BrandRepository brands, ProductRepository products, EligibilityRepository eligibility) {
    this.brands = brands;
    this.products = products;
    this.eligibility = eligibility;
  }

  /** The brand, if it exists and the caller may see it; a partner's view of another is a 404. */
  public void visible(Caller caller, String brandCode) {
    if (!caller.canSeeBrand(brandCode) || brands.findByIdOptional(brandCode).isEmpty()) {
      throw new BrandNotFoundException(brandCode);
    }
  }

  /** A brand that may have settings of its own: it exists and is not the house. */
  public Brand ownSettings(String brandCode) {
    Brand brand =
        brands.findByIdOptional(brandCode).orElseThrow(() -> new BrandNotFoundException(brandCode));
    if (brand.isHouse()) {
      throw new ReservedBrandException(brandCode);
    }
    return brand;
  }

  /** As {@link #ownSettings}, for a product that exists and is eligible for the brand. */
  public Brand ownProductSetting(String brandCode, String sku) {
    Brand brand = ownSettings(brandCode);
    if (products.findByIdOptional(sku).isEmpty()) {
      throw new ProductNotFoundException(sku);
    }
    if (!eligibility.isEligible(sku, brandCode)) {
      throw new ProductNotEligibleException(brandCode, sku);
    }
    return brand;
  }
}
