package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.domain.Product;
import me.snaq.inventory.catalog.domain.ProductAlreadyExistsException;
import me.snaq.inventory.catalog.persistence.BrandRepository;
import me.snaq.inventory.catalog.persistence.EligibilityRepository;
import me.snaq.inventory.catalog.persistence.ProductRepository;
import me.snaq.inventory.shared.error.PreconditionFailedException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Products and their eligibility. A partner sees only the products eligible for its brand, and of
 * their eligibility only its own brand; any other product is "not found" to it.
 */
@ApplicationScoped
public class ProductService {
  private final ProductRepository products;
  private final EligibilityRepository eligibility;
  private final BrandRepository brands;
  private final Clock clock;

  public ProductService(
      ProductRepository products,
      EligibilityRepository eligibility,
      BrandRepository brands,
      Clock clock) {
    this.products = products;
    this.eligibility = eligibility;
    this.brands = brands;
    this.clock = clock;
  }

  @Transactional
  public EligibleProduct create(String sku, ProductDetails details) {
    if (products.findByIdOptional(sku).isPresent()) {
      throw new ProductAlreadyExistsException(sku);
    }
    Product product = Product.create(sku, details, Instant.now(clock));
    try {
      products.persistAndFlush(product);
    } catch (ConstraintViolationException raceWithAnotherCreate) {
      throw new ProductAlreadyExistsException(sku);
    }
    return new EligibleProduct(product, List.of());
  }

  @Transactional
  public EligibleProduct get(Caller caller, String sku) {
    Product product = visible(caller, sku);
    return withEligibility(caller, List.of(product)).get(0);
  }

  @Transactional
  public Page<EligibleProduct> list(Caller caller, ProductFilter filter, PageRequest page) {
    ProductFilter scoped = filter.withBrand(caller.scopeBrand(filter.brand()));
    Page<Product> found = Page.of(products.page(scoped, page), page, Product::sku);
    return new Page<>(withEligibility(caller, found.items()), found.nextCursor());
  }

  @Transactional
  public EligibleProduct change(String sku, OptionalLong expectedVersion, ProductDetails details) {
    Product product = existing(sku);
    PreconditionFailedException.check(expectedVersion, product.version());
    product.change(details, Instant.now(clock));
    products.flush();
    return withEligibility(Caller.system(), List.of(product)).get(0);
  }

  /** Makes exactly these brands eligible for the product; the house cannot be one of them. */
  @Transactional
  public EligibleProduct changeEligibility(
      String sku, OptionalLong expectedVersion, Set<String> brandCodes) {
    Product product = existing(sku);
    PreconditionFailedException.check(expectedVersion, product.version());
    Set<String> wanted = new TreeSet<>(brandCodes);
    for (String code : wanted) {
      Brand brand =
          brands.findByIdOptional(code).orElseThrow(() -> new UnknownBrandException(code));
      if (brand.isHouse()) {
        throw new ReservedBrandException(code);
      }
    }
    eligibility.replace(sku, wanted);
    product.eligibilityChanged(Instant.now(clock));
    products.flush();
    return new EligibleProduct(product, List.copyOf(wanted));
  }

  private Product existing(String sku) {
    return products.findByIdOptional(sku).orElseThrow(() -> new ProductNotFoundException(sku));
  }

  private Product visible(Caller caller, String sku) {
    Product product = existing(sku);
    boolean hidden =
        caller.brandScope().map(own -> !eligibility.isEligible(sku, own)).orElse(false);
    if (hidden) {
      throw new ProductNotFoundException(sku);
    }
    return product;
  }

  private List<EligibleProduct> withEligibility(Caller caller, List<Product> page) {
    Map<String, List<String>> brandsBySku =
        eligibility.brandsBySku(page.stream().map(Product::sku).toList());
    return page.stream()
        .map(
            product -> {
              List<String> eligible = brandsBySku.getOrDefault(product.sku(), List.of());
              List<String> shown = eligible.stream().filter(caller::canSeeBrand).toList();
              return new EligibleProduct(product, shown);
            })
        .toList();
  }

  /** A product with the brands that may use it (as far as the caller may see them). */
  public record EligibleProduct(Product product, List<String> brands) {}
}
