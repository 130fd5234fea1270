package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.domain.BrandAlreadyExistsException;
import me.snaq.inventory.catalog.domain.BrandFilter;
import me.snaq.inventory.catalog.persistence.BrandRepository;
import me.snaq.inventory.shared.error.PreconditionFailedException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.hibernate.exception.ConstraintViolationException;

/** Brands: creation, changes and scoped reads (a partner sees only itself). */
@ApplicationScoped
public class BrandService {
  private final BrandRepository brands;
  private final Clock clock;

  public BrandService(BrandRepository brands, Clock clock) {
    this.brands = brands;
    this.clock = clock;
  }

  @Transactional
  public Brand create(String code, BrandKind kind, BrandDetails details) {
    if (brands.findByIdOptional(code).isPresent()) {
      throw new BrandAlreadyExistsException(code);
    }
    Brand brand = Brand.create(details, code, kind, Instant.now(clock));
    try {
      brands.persistAndFlush(brand);
    } catch (ConstraintViolationException raceWithAnotherCreate) {
      throw new BrandAlreadyExistsException(code);
    }
    return brand;
  }

  @Transactional
  public Brand get(Caller caller, String code) {
    return brands
        .findByIdOptional(code)
        .filter(brand -> caller.canSeeBrand(brand.code()))
        .orElseThrow(() -> new BrandNotFoundException(code));
  }

  @Transactional
  public Page<Brand> list(Caller caller, BrandFilter filter, PageRequest page) {
    BrandFilter scoped =
        caller
            .brandScope()
            .map(own -> new BrandFilter(own, filter.kind(), filter.active()))
            .orElse(filter);
    return Page.of(brands.page(scoped, page), page, Brand::code);
  }

  @Transactional
  public Brand change(String code, OptionalLong expectedVersion, BrandDetails details) {
    Brand brand = brands.findByIdOptional(code).orElseThrow(() -> new BrandNotFoundException(code));
    PreconditionFailedException.check(expectedVersion, brand.version());
    brand.change(details, Instant.now(clock));
    brands.flush();
    return brand;
  }
}
