package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic engine instances: 12 categories, 5 brands (four house box lines and a partner with its
 * own lots and a 60-day floor), products whose popularity follows a Zipf law, subscribers with
 * skewed ratings, NG lists, exclusions, requests and delivery history, and a few scarce products.
 */
public final class InstanceGenerator {
  static final LocalDate DELIVERY = LocalDate.of(2026, 12, 10);
  static final List<String> CATEGORIES =
      List.of(
          "chocolate",
          "nuts",
          "dried_fruit",
          "baked",
          "savory",
          "granola",
          "topping",
          "jerky",
          "candy",
          "rice_cracker",
          "tea",
          "seaweed");
  static final List<String> INGREDIENTS =
      List.of("wheat", "milk", "egg", "peanut", "almond", "alcohol", "soy", "sesame", "walnut");
  static final String PARTNER = "kinoko";

  private final SplittableRandom random;
  private int products = 300;
  private double supplyFactor = 1.3;
  private double scarceShare = 0.08;
  private boolean houseOnly = false;
  private boolean quotas = true;

  private InstanceGenerator(long seed) {
    random = new SplittableRandom(seed);
  }

  public static InstanceGenerator seeded(long seed) {
    return new InstanceGenerator(seed);
  }

  public InstanceGenerator products(int count) {
    products = count;
    return this;
  }

  /** Units in stock per unit the boxes could hold; below 1 stock is short overall. */
  public InstanceGenerator supply(double factor) {
    supplyFactor = factor;
    return this;
  }

  public InstanceGenerator scarceShare(double share) {
    scarceShare = share;
    return this;
  }

  /** Only house lots, one floor for every brand and no quotas: the exact solver's setting. */
  public InstanceGenerator houseStockOnly() {
    houseOnly = true;
    quotas = false;
    return this;
  }

  public Snapshot generate(int subscribers, long seed, int parallelism) {
    List<Product> catalog = new ArrayList<>();
    double[] popularity = new double[products];
    List<String> skus = new ArrayList<>();
    for (int p = 0; p < products; p++) {
      skus.add(String.format("SKU-%04d", p));
      popularity[p] = 1.0 / Math.pow(1 + random.nextInt(products), 0.8);
    }
    List<BrandSetup> brands = brands(skus);
    List<Subscriber> people = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      people.add(subscriber(i, brands, skus, popularity));
    }
    double[] demand = demandPerProduct(brands, people, skus, popularity);
    long lotId = 1;
    for (int p = 0; p < products; p++) {
      String category = categoryOf(p);
      boolean scarce = random.nextDouble() < scarceShare;
      int units = (int) Math.ceil(demand[p] * supplyFactor * (scarce ? 0.1 : 1.0));
      int minDays = houseOnly ? 30 : new int[] {14, 30, 30, 45}[random.nextInt(4)];
      List<Lot> lots = new ArrayList<>();
      int lotCount = 1 + random.nextInt(4);
      for (int l = 0; l < lotCount; l++) {
        LocalDate bestBefore = DELIVERY.plusDays(25 + random.nextInt(150));
        lots.add(new Lot(lotId++, Snapshot.HOUSE, bestBefore, Math.max(1, units / lotCount)));
      }
      if (!houseOnly && random.nextDouble() < 0.3) {
        LocalDate bestBefore = DELIVERY.plusDays(60 + random.nextInt(120));
        lots.add(new Lot(lotId++, PARTNER, bestBefore, Math.max(1, units / 10)));
      }
      Set<String> ingredients = new HashSet<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        ingredients.add(INGREDIENTS.get(random.nextInt(INGREDIENTS.size())));
      }
      boolean active = houseOnly || random.nextDouble() > 0.02;
      catalog.add(new Product(skus.get(p), category, ingredients, active, minDays, lots));
    }
    return new Snapshot(DELIVERY, catalog, brands, people, Weights.DEFAULT, seed, parallelism);
  }

  /** Units each product would need if every brand spread its boxes by popularity. */
  private static double[] demandPerProduct(
      List<BrandSetup> brands, List<Subscriber> people, List<String> skus, double[] popularity) {
    double[] demand = new double[skus.size()];
    for (BrandSetup brand : brands) {
      long boxes = people.stream().filter(s -> s.brand().equals(brand.code())).count();
      Map<String, Integer> required = brand.recipe().requiredCategories();
      Map<String, Double> weights = new HashMap<>();
      for (int p = 0; p < skus.size(); p++) {
        if (brand.eligibleSkus().contains(skus.get(p))) {
          String group = required.containsKey(categoryOf(p)) ? categoryOf(p) : "";
          weights.merge(group, 1 + popularity[p], Double::sum);
        }
      }
      int freeSlots = brand.recipe().size() - brand.recipe().requiredSlots();
      for (int p = 0; p < skus.size(); p++) {
        if (brand.eligibleSkus().contains(skus.get(p))) {
          String group = required.containsKey(categoryOf(p)) ? categoryOf(p) : "";
          int slots = group.isEmpty() ? freeSlots : required.get(group);
          demand[p] += boxes * slots * (1 + popularity[p]) / weights.get(group);
        }
      }
    }
    return demand;
  }

  private static String categoryOf(int p) {
    return CATEGORIES.get(p % CATEGORIES.size());
  }

  private List<BrandSetup> brands(List<String> skus) {
    Set<String> standard = new HashSet<>();
    Set<String> otsumami = new HashSet<>();
    Set<String> granola = new HashSet<>();
    Set<String> yakigashi = new HashSet<>();
    Set<String> partner = new HashSet<>();
    for (int p = 0; p < skus.size(); p++) {
      String category = categoryOf(p);
      String sku = skus.get(p);
      if (!Set.of("granola", "topping").contains(category)) {
        standard.add(sku);
      }
      if (Set.of("savory", "nuts", "jerky", "rice_cracker", "seaweed").contains(category)) {
        otsumami.add(sku);
      }
      if (Set.of("granola", "topping").contains(category)) {
        granola.add(sku);
      }
      if (Set.of("baked", "chocolate", "candy").contains(category)) {
        yakigashi.add(sku);
      }
      if (random.nextDouble() < 0.3) {
        partner.add(sku);
      }
    }
    Map<String, Quota> partnerQuotas = new HashMap<>();
    Map<String, Quota> granolaQuotas = new HashMap<>();
    if (quotas) {
      partner.stream().limit(20).forEach(sku -> partnerQuotas.put(sku, new Quota(0, 40, 5)));
      granola.stream().limit(5).forEach(sku -> granolaQuotas.put(sku, new Quota(30, null, 0)));
    }
    int partnerFloor = houseOnly ? 0 : 60;
    return List.of(
        new BrandSetup("standard", new Recipe(8, 2, 2, Map.of(), 3, 0, 0), standard, 0, Map.of()),
        new BrandSetup("otsumami", new Recipe(6, 2, 1, Map.of(), 2, 0, 0), otsumami, 0, Map.of()),
        new BrandSetup(
            "granola",
            new Recipe(4, 1, 1, Map.of("granola", 1, "topping", 3), 0, 28, 0),
            granola,
            0,
            granolaQuotas),
        new BrandSetup(
            "yakigashi",
            new Recipe(6, 3, 2, Map.of(), 2, 0, houseOnly ? 0 : 35),
            yakigashi,
            0,
            Map.of()),
        new BrandSetup(
            PARTNER,
            new Recipe(5, 2, 1, Map.of(), 0, 60, 0),
            partner,
            partnerFloor,
            partnerQuotas));
  }

  private Subscriber subscriber(
      int index, List<BrandSetup> brands, List<String> skus, double[] popularity) {
    double roll = random.nextDouble();
    BrandSetup brand =
        brands.get(roll < 0.55 ? 0 : roll < 0.70 ? 1 : roll < 0.80 ? 2 : roll < 0.90 ? 3 : 4);
    return new ProfileGenerator(random, skus, popularity).subscriber("sub-" + index, brand);
  }
}
