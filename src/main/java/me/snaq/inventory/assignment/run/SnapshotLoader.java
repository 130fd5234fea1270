package me.snaq.inventory.assignment.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.snaq.inventory.assignment.AssignmentSettings;
import me.snaq.inventory.assignment.engine.BrandSetup;
import me.snaq.inventory.assignment.engine.Delivery;
import me.snaq.inventory.assignment.engine.Lot;
import me.snaq.inventory.assignment.engine.Product;
import me.snaq.inventory.assignment.engine.Quota;
import me.snaq.inventory.assignment.engine.Rating;
import me.snaq.inventory.assignment.engine.Recipe;
import me.snaq.inventory.assignment.engine.Snapshot;
import me.snaq.inventory.assignment.engine.Subscriber;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.catalog.RecipeInfo;
import me.snaq.inventory.inventory.AllocatableLot;
import me.snaq.inventory.inventory.StockService;
import me.snaq.inventory.inventory.StockSnapshot;
import me.snaq.inventory.subscriber.DueSubscriber;
import me.snaq.inventory.subscriber.SubscriberService;

/**
 * Reads what the engine needs for one delivery date and some brands, through the other modules'
 * facades, in one transaction: the catalog with each brand's eligibility, floor, recipe and quotas,
 * the allocatable lots and house claims, and the due subscribers with their history.
 */
@ApplicationScoped
public class SnapshotLoader {
  private final CatalogService catalog;
  private final StockService stock;
  private final SubscriberService subscribers;
  private final AssignmentSettings settings;

  public SnapshotLoader(
      CatalogService catalog,
      StockService stock,
      SubscriberService subscribers,
      AssignmentSettings settings) {
    this.catalog = catalog;
    this.stock = stock;
    this.subscribers = subscribers;
    this.settings = settings;
  }

  @Transactional
  public Snapshot load(LocalDate deliveryDate, Collection<String> brands, long seed) {
    List<ProductInfo> catalogProducts = catalog.allProducts();
    List<String> skus = catalogProducts.stream().map(ProductInfo::sku).toList();
    StockSnapshot stockNow = stock.snapshot();
    List<Product> products = products(catalogProducts, stockNow.lots());
    List<QuotaInfo> quotas = catalog.quotas(skus);
    List<BrandSetup> setups = setups(brands, quotas, stockNow.houseClaims());
    List<Subscriber> due =
        subscribers.dueOn(deliveryDate, brands).stream().map(SnapshotLoader::subscriber).toList();
    return new Snapshot(
        deliveryDate,
        products,
        setups,
        due,
        settings.weights(),
        seed,
        Runtime.getRuntime().availableProcessors(),
        ringFencedOutside(quotas, setups, stockNow.houseClaims()));
  }

  /**
   * Per sku, the ring-fences left of every brand the snapshot does not carry (not in the run, or
   * without an active recipe): house units its boxes may not take, whichever brands a run covers.
   */
  private static Map<String, Integer> ringFencedOutside(
      List<QuotaInfo> quotas, List<BrandSetup> setups, Map<String, Map<String, Integer>> claims) {
    Set<String> inside = new HashSet<>();
    setups.forEach(setup -> inside.add(setup.code()));
    Map<String, Integer> fenced = new HashMap<>();
    for (QuotaInfo quota : quotas) {
      if (!inside.contains(quota.brand())) {
        int held = claims.getOrDefault(quota.sku(), Map.of()).getOrDefault(quota.brand(), 0);
        int left = Math.max(0, quota.reserved() - held);
        if (left > 0) {
          fenced.merge(quota.sku(), left, Integer::sum);
        }
      }
    }
    return fenced;
  }

  private static List<Product> products(List<ProductInfo> catalog, List<AllocatableLot> lots) {
    Map<String, List<Lot>> lotsBySku = new HashMap<>();
    for (AllocatableLot lot : lots) {
      lotsBySku
          .computeIfAbsent(lot.sku(), sku -> new ArrayList<>())
          .add(new Lot(lot.id(), lot.owner(), lot.bestBefore(), lot.receivedAt(), lot.free()));
    }
    return catalog.stream()
        .map(
            p ->
                new Product(
                    p.sku(),
                    p.category(),
                    Set.copyOf(p.ingredients()),
                    p.status() == ProductStatus.ACTIVE,
                    p.minRemainingDays(),
                    lotsBySku.getOrDefault(p.sku(), List.of())))
        .toList();
  }

  /** Active brands with a recipe; a brand without one gets its boxes reported NO_RECIPE. */
  private List<BrandSetup> setups(
      Collection<String> brands,
      List<QuotaInfo> allQuotas,
      Map<String, Map<String, Integer>> claims) {
    Map<String, RecipeInfo> recipes = catalog.recipes(brands);
    Map<String, Map<String, QuotaInfo>> quotas = new HashMap<>();
    allQuotas.forEach(q -> quotas.computeIfAbsent(q.brand(), b -> new HashMap<>()).put(q.sku(), q));
    Map<String, BrandInfo> known = catalog.brands(brands);
    Map<String, Set<String>> eligible = catalog.eligibleSkusByBrand(brands);
    List<BrandSetup> setups = new ArrayList<>();
    for (String code : new HashSet<>(brands)) {
      Optional<BrandInfo> brand = Optional.ofNullable(known.get(code)).filter(BrandInfo::active);
      RecipeInfo recipe = recipes.get(code);
      if (brand.isEmpty() || recipe == null) {
        continue;
      }
      Map<String, Quota> brandQuotas = new HashMap<>();
      quotas
          .getOrDefault(code, Map.of())
          .forEach(
              (sku, q) ->
                  brandQuotas.put(
                      sku,
                      new Quota(
                          q.reserved(),
                          q.limit(),
                          claims.getOrDefault(sku, Map.of()).getOrDefault(code, 0))));
      Integer floor = brand.get().minRemainingDays();
      setups.add(
          new BrandSetup(
              code,
              recipe(recipe),
              eligible.getOrDefault(code, Set.of()),
              floor == null ? 0 : floor,
              brandQuotas));
    }
    setups.sort(java.util.Comparator.comparing(BrandSetup::code));
    return setups;
  }

  private static Recipe recipe(RecipeInfo recipe) {
    return new Recipe(
        recipe.size(),
        recipe.maxPerCategory(),
        recipe.discoverySlots(),
        recipe.requiredCategories(),
        orZero(recipe.repeatWindowBoxes()),
        orZero(recipe.repeatWindowDays()),
        orZero(recipe.minRemainingDays()));
  }

  /** The engine's view of a due subscriber. */
  public static Subscriber subscriber(DueSubscriber due) {
    Map<String, Rating> ratings = new HashMap<>();
    due.ratings().forEach((sku, rating) -> ratings.put(sku, Rating.valueOf(rating.name())));
    List<Delivery> history = new ArrayList<>();
    due.lastReceived().forEach((sku, date) -> history.add(new Delivery(sku, date)));
    return new Subscriber(
        due.id(),
        due.brand(),
        due.excludedIngredients(),
        due.ngSkus(),
        due.likedCategories(),
        ratings,
        due.requests(),
        history,
        due.recentBoxDates());
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
