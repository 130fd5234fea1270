package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.domain.BrandKind;
import me.snaq.inventory.catalog.persistence.BrandRepository;

/** What other modules may ask of the catalog. They refer to brands by code, products by SKU. */
@ApplicationScoped
public class CatalogService {
  private final BrandRepository brands;

  public CatalogService(BrandRepository brands) {
    this.brands = brands;
  }

  /** The kind of the brand with this code, or empty when there is none. */
  @Transactional
  public Optional<BrandKind> brandKind(String code) {
    return brands.findByIdOptional(code).map(Brand::kind);
  }
}
