package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import me.snaq.inventory.catalog.AllocationTerms;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.BrandNotFoundException;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.ProductNotEligibleException;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.catalog.ReservedBrandException;
import me.snaq.inventory.catalog.UnknownBrandException;
import me.snaq.inventory.catalog.UnknownProductException;
import me.snaq.inventory.inventory.SubscriberDirectory;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.ProductDiscontinuedException;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.domain.UnknownSubscriberException;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.AllocationRepository.OpenAndLapsed;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.security.Caller;

/**
 * Checks new allocations against the catalog before any stock is touched: the brand the caller may
 * allocate for, the dates, the products (known, eligible, not discontinued, each once), the
 * subscriber (one of the brand's, when named) and that the reference is not open already. For any
 * number of orders, one round trip to the database: the catalog's terms, sent together with the
 * read of open references (which also finds the lapsed holds on the products) and the subscribers'
 * brands. A partner is answered about another brand's products and subscribers exactly as about
 * ones that do not exist.
 */
@ApplicationScoped
public class AllocationIntake {
  private final CatalogService catalog;
  private final AllocationRepository allocations;
  private final SubscriberDirectory subscribers;
  private final Jdbc jdbc;
  private final Clock clock;

  public AllocationIntake(
      CatalogService catalog,
      AllocationRepository allocations,
      SubscriberDirectory subscribers,
      Jdbc jdbc,
      Clock clock) {
    this.catalog = catalog;
    this.allocations = allocations;
    this.subscribers = subscribers;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An order that passed the checks, with its brand and products (in the order of its lines). */
  public record Accepted(
      int index,
      AllocationOrder order,
      BrandInfo brand,
      Map<String, ProductInfo> products,
      LocalDate today) {

    /** The earliest best-before that serves this order's delivery of the product. */
    public LocalDate floorDate(String sku) {
      int days =
          ShelfLife.floorDays(products.get(sku).minRemainingDays(), brand.minRemainingDays());
      return ShelfLife.floorDate(today, order.request().deliveryDate(), days);
    }
  }

  /**
   * The orders that passed (in order), the quotas on their products and the holds past their time
   * that picked any product requested (ascending ids; they must be released before the products'
   * free stock is read).
   */
  public record Intake(List<Accepted> accepted, List<QuotaInfo> quotas, List<Long> lapsedHolds) {}

  /** Checks the orders; each refused one gets its outcome at its index. */
  public Intake accept(List<AllocationOrder> orders, Instant now, AllocationOutcome[] outcomes) {
    Set<String> brandCodes = new HashSet<>();
    Set<String> skus = new HashSet<>();
    List<String> referenceBrands = new ArrayList<>();
    List<String> references = new ArrayList<>();
    Set<String> subscriberIds = new HashSet<>();
    for (AllocationOrder order : orders) {
      String brandCode = brandCode(order.caller(), order.request().brand());
      if (brandCode != null) {
        brandCodes.add(brandCode);
        referenceBrands.add(brandCode);
        references.add(order.request().reference());
      }
      order.request().lines().forEach(line -> skus.add(line.sku()));
      if (order.request().subscriberId() != null) {
        subscriberIds.add(order.request().subscriberId());
      }
    }
    AllocationTerms.Reads catalogReads = catalog.allocationTerms(brandCodes, skus);
    Jdbc.Read<OpenAndLapsed> allocatedRead =
        allocations.openReferencesAndLapsedHolds(
            referenceBrands, references, List.copyOf(skus), now);
    List<Jdbc.Read<?>> reads = new ArrayList<>(catalogReads.all());
    reads.add(allocatedRead);
    Jdbc.Read<Map<String, String>> subscriberRead =
        subscriberIds.isEmpty() ? null : subscribers.brandsOf(subscriberIds);
    if (subscriberRead != null) {
      reads.add(subscriberRead);
    }
    Jdbc.Results known = jdbc.readAll(reads);
    Map<String, String> subscriberBrands =
        subscriberRead == null ? Map.of() : known.of(subscriberRead);
    AllocationTerms terms = catalogReads.from(known);
    OpenAndLapsed allocated = known.of(allocatedRead);
    Map<String, BrandInfo> brands = terms.brands();
    Map<String, ProductInfo> products = terms.products();
    Map<String, Set<String>> eligible = terms.eligibleSkus();
    LocalDate today = ShelfLife.today(clock);
    List<Accepted> accepted = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      AllocationOrder order = orders.get(i);
      try {
        BrandInfo brand = brandFor(order.caller(), order.request().brand(), brands);
        checkDates(order.request(), today, now);
        Map<String, ProductInfo> ordered =
            products(
                order.caller(),
                brand,
                order.request().lines(),
                products,
                eligible.getOrDefault(brand.code(), Set.of()));
        String subscriber = order.request().subscriberId();
        if (subscriber != null && !brand.code().equals(subscriberBrands.get(subscriber))) {
          throw new UnknownSubscriberException(subscriber, brand.code());
        }
        String reference = order.request().reference();
        if (allocated.openReferences().contains(List.of(brand.code(), reference))) {
          throw new ReferenceInUseException(brand.code(), reference);
        }
        accepted.add(new Accepted(i, order, brand, ordered, today));
      } catch (ApplicationException refused) {
        outcomes[i] = AllocationOutcome.refusedFor(refused);
      }
    }
    return new Intake(accepted, terms.quotas(), allocated.lapsedHolds());
  }

  private static String brandCode(Caller caller, String requested) {
    return caller.brandScope().orElse(requested);
  }

  private static BrandInfo brandFor(
      Caller caller, String requested, Map<String, BrandInfo> brands) {
    String code = brandCode(caller, requested);
    if (requested != null && !caller.canSeeBrand(requested)) {
      throw new BrandNotFoundException(requested);
    }
    if (code == null) {
      throw new ValidationFailedException("brand", "required");
    }
    BrandInfo brand = brands.get(code);
    if (brand == null) {
      throw new UnknownBrandException(code);
    }
    if (brand.isHouse()) {
      throw new ReservedBrandException(code);
    }
    return brand;
  }

  private static void checkDates(AllocationRequest request, LocalDate today, Instant now) {
    if (request.deliveryDate().isBefore(today)) {
      throw new ValidationFailedException("deliveryDate", "notInPast");
    }
    if (request.holdUntil() != null && !request.holdUntil().isAfter(now)) {
      throw new ValidationFailedException("holdUntil", "inFuture");
    }
  }

  private static Map<String, ProductInfo> products(
      Caller caller,
      BrandInfo brand,
      List<AllocationRequest.Line> lines,
      Map<String, ProductInfo> known,
      Set<String> eligible) {
    List<String> skus = lines.stream().map(AllocationRequest.Line::sku).toList();
    if (new TreeSet<>(skus).size() != skus.size()) {
      throw new ValidationFailedException("lines", "duplicateSku");
    }
    Map<String, ProductInfo> products = new HashMap<>();
    for (String sku : skus) {
      ProductInfo product = known.get(sku);
      if (product == null) {
        throw new UnknownProductException(sku);
      }
      if (!eligible.contains(sku)) {
        // a partner learns nothing of another brand's products: as if there were none
        throw caller.isPartner()
            ? new UnknownProductException(sku)
            : new ProductNotEligibleException(brand.code(), sku);
      }
      if (product.status() == ProductStatus.DISCONTINUED) {
        throw new ProductDiscontinuedException(sku);
      }
      products.put(sku, product);
    }
    return products;
  }
}
