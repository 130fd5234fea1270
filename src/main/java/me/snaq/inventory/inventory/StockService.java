package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.BrandNotFoundException;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.catalog.ProductFilter;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.ProductNotFoundException;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.catalog.ReservedBrandException;
import me.snaq.inventory.inventory.domain.BrandAvailability;
import me.snaq.inventory.inventory.domain.QuotaTermsView;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.domain.StockTotals;
import me.snaq.inventory.inventory.persistence.StockQueries;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * Availability (DESIGN 3): per product the stock totals and, for a brand and delivery date, what
 * that brand can take with every term of the formula, plus the lots that would serve it in FEFO
 * order. A partner is confined to its own brand: it sees its own lots and the house's share as a
 * number, never the house's lots.
 */
@ApplicationScoped
public class StockService {
  private static final int FEFO_LOTS_SHOWN = 50;

  private final StockQueries stock;
  private final CatalogService catalog;
  private final Clock clock;

  public StockService(StockQueries stock, CatalogService catalog, Clock clock) {
    this.stock = stock;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** One product, with the FEFO lots that would serve the brand's delivery. */
  @Transactional
  public ProductStock product(Caller caller, String sku, String brandCode, LocalDate deliveryDate) {
    ProductInfo product = catalog.product(sku).orElseThrow(() -> new ProductNotFoundException(sku));
    Query query = query(caller, brandCode, deliveryDate);
    boolean eligible = query.brand() != null && catalog.isEligible(sku, query.brand().code());
    if (caller.isPartner() && !eligible) {
      throw new ProductNotFoundException(sku);
    }
    ProductStock result =
        compute(query, List.of(product), eligible ? Set.of(sku) : Set.of()).get(0);
    if (result.availability() != null && !result.availability().eligible()) {
      return result;
    }
    return result.withLots(
        stock.fefo(
            sku,
            fefoOwners(caller, query),
            result.floorDate(),
            FEFO_LOTS_SHOWN,
            Instant.now(clock)));
  }

  /**
   * Every lot that could serve an allocation today (AVAILABLE, not expired, with free units; holds
   * past their time count as free), and the house units each brand holds: an assignment run's view
   * of the stock, read in one transaction.
   */
  @Transactional
  public StockSnapshot snapshot() {
    LocalDate today = ShelfLife.today(clock);
    Instant now = clock.instant();
    List<AllocatableLot> lots = stock.allocatableLots(ShelfLife.usableFrom(today), now);
    List<String> skus = lots.stream().map(AllocatableLot::sku).distinct().toList();
    return new StockSnapshot(lots, stock.houseClaims(skus, now));
  }

  /** A page of products (for a brand: those eligible for it) with their availability. */
  @Transactional
  public Page<ProductStock> products(
      Caller caller, String brandCode, LocalDate deliveryDate, String category, PageRequest page) {
    Query query = query(caller, brandCode, deliveryDate);
    String eligibleFor = query.brand() == null ? null : query.brand().code();
    List<ProductInfo> products =
        catalog.productPage(new ProductFilter(eligibleFor, category, null, null, null), page);
    Page<ProductInfo> found = Page.of(products, page, ProductInfo::sku);
    // With a brand, the page holds only products eligible for it.
    Set<String> eligible = eligibleFor == null ? Set.of() : skusOf(found.items());
    return new Page<>(compute(query, found.items(), eligible), found.nextCursor());
  }

  /**
   * What a brand may take today of each of these products (eligible for it), by SKU: the figure
   * {@code stock.low} compares with its threshold.
   */
  @Transactional
  public Map<String, Integer> availableToday(String brandCode, Collection<String> skus) {
    Query query = query(Caller.system(), brandCode, null);
    List<ProductInfo> products = List.copyOf(catalog.products(skus).values());
    Map<String, Integer> available = new HashMap<>();
    for (ProductStock stock : compute(query, products, Set.copyOf(skus))) {
      available.put(stock.product().sku(), stock.availability().available());
    }
    return available;
  }

  private static Set<String> skusOf(List<ProductInfo> products) {
    return products.stream().map(ProductInfo::sku).collect(java.util.stream.Collectors.toSet());
  }

  /** Totals and, for a brand, the formula of each product; {@code eligible}: SKUs it may use. */
  private List<ProductStock> compute(
      Query query, List<ProductInfo> products, Set<String> eligible) {
    if (products.isEmpty()) {
      return List.of();
    }
    List<String> skus = products.stream().map(ProductInfo::sku).toList();
    List<Integer> floorDays = new ArrayList<>();
    List<LocalDate> floorDates = new ArrayList<>();
    for (ProductInfo product : products) {
      int days = ShelfLife.floorDays(product.minRemainingDays(), query.brandFloor());
      floorDays.add(days);
      floorDates.add(ShelfLife.floorDate(query.today(), query.deliveryDate(), days));
    }
    String brand = query.brand() == null ? null : query.brand().code();
    Map<String, StockTotals> totals =
        stock.totals(
            skus, floorDates, query.today(), brand, query.visibleOwner(), Instant.now(clock));
    Map<String, Map<String, Integer>> claims = stock.houseClaims(skus, Instant.now(clock));
    Map<String, List<QuotaInfo>> quotas = QuotaTermsView.bySku(catalog.quotas(skus));
    List<ProductStock> result = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      ProductInfo product = products.get(i);
      StockTotals productTotals =
          totals.getOrDefault(product.sku(), StockTotals.none(product.sku()));
      BrandAvailability availability =
          brand == null
              ? null
              : BrandAvailability.compute(
                  brand,
                  eligible.contains(product.sku()),
                  productTotals.ownUsable(),
                  productTotals.houseUsable(),
                  QuotaTermsView.of(
                      quotas.getOrDefault(product.sku(), List.of()),
                      claims.getOrDefault(product.sku(), Map.of())));
      result.add(
          new ProductStock(
              product,
              query.today(),
              query.deliveryDate(),
              brand,
              floorDays.get(i),
              floorDates.get(i),
              productTotals,
              availability,
              List.of()));
    }
    return result;
  }

  private Query query(Caller caller, String brandCode, LocalDate deliveryDate) {
    LocalDate today = ShelfLife.today(clock);
    LocalDate date = deliveryDate == null ? today : deliveryDate;
    if (date.isBefore(today)) {
      throw new ValidationFailedException("deliveryDate", "notInPast");
    }
    String code = caller.scopeBrand(brandCode);
    BrandInfo brand =
        code == null
            ? null
            : catalog.brand(code).orElseThrow(() -> new BrandNotFoundException(code));
    if (brand != null && brand.isHouse()) {
      throw new ReservedBrandException(code);
    }
    return new Query(today, date, brand, caller.brandScope().orElse(null));
  }

  /**
   * Whose lots the FEFO list shows: a partner only its own; staff, for a brand, the brand's own and
   * the house's (what would serve it), and without a brand every owner's (null).
   */
  private static List<String> fefoOwners(Caller caller, Query query) {
    if (caller.isPartner()) {
      return List.of(query.brand().code());
    }
    return query.brand() == null ? null : List.of(query.brand().code(), HouseBrand.CODE);
  }

  /** What a stock read is about: the day, the delivery, the brand and whose lots are visible. */
  private record Query(
      LocalDate today, LocalDate deliveryDate, BrandInfo brand, String visibleOwner) {
    Integer brandFloor() {
      return brand == null ? null : brand.minRemainingDays();
    }
  }
}
