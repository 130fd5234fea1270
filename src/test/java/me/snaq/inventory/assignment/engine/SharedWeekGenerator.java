package me.snaq.inventory.assignment.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Worlds shaped like snaq.me's real week, small enough for the exact solver: two box lines (the
 * standard box and the otsumami box, with different recipes) and a partner with its own lots and a
 * 60-day floor drawing on one pool of house stock; ring-fences (one of them for a brand with no box
 * in the run, partly held already) and limits; two to four house lots per product with different
 * best-before dates, some within days of the floor; stock scarce overall.
 */
final class SharedWeekGenerator {
  static final String STANDARD = "standard";
  static final String OTSUMAMI = "otsumami";
  static final String PARTNER = "kinoko";
  private static final Set<String> DRINKING_SNACKS =
      Set.of("savory", "nuts", "jerky", "rice_cracker", "seaweed");
  private static final Set<String> BAKED_SWEETS = Set.of("baked", "chocolate", "candy");
  private static final Instant RECEIVED = Instant.parse("2026-11-01T00:00:00Z");

  private final SplittableRandom random;

  private SharedWeekGenerator(long seed) {
    random = new SplittableRandom(seed);
  }

  /**
   * @param unitsPerSlot house and partner units in stock per box slot (about; scarce products less)
   */
  static Snapshot generate(int boxes, int products, double unitsPerSlot, long seed) {
    return new SharedWeekGenerator(seed).world(boxes, products, unitsPerSlot, seed);
  }

  private Snapshot world(int boxes, int productCount, double unitsPerSlot, long seed) {
    List<String> skus = new ArrayList<>();
    double[] popularity = new double[productCount];
    for (int p = 0; p < productCount; p++) {
      skus.add(String.format("SKU-%04d", p));
      popularity[p] = 1.0 / Math.pow(1 + random.nextInt(productCount), 0.8);
    }
    Set<String> standard = new HashSet<>();
    Set<String> otsumami = new HashSet<>();
    Set<String> partner = new HashSet<>();
    for (int p = 0; p < productCount; p++) {
      String category = categoryOf(p);
      if (!Set.of("granola", "topping").contains(category)) {
        standard.add(skus.get(p));
      }
      if (DRINKING_SNACKS.contains(category)) {
        otsumami.add(skus.get(p));
      }
      if (random.nextDouble() < 0.35) {
        partner.add(skus.get(p));
      }
    }
    List<String> shared = skus.stream().filter(partner::contains).sorted().toList();
    Map<String, Quota> partnerQuotas = new HashMap<>();
    shared.stream()
        .limit(8)
        .forEach(sku -> partnerQuotas.put(sku, new Quota(0, 4 + random.nextInt(12), 2)));
    Map<String, Quota> otsumamiQuotas = new HashMap<>();
    otsumami.stream()
        .sorted()
        .limit(3)
        .forEach(sku -> otsumamiQuotas.put(sku, new Quota(5 + random.nextInt(10), null, 1)));
    List<BrandSetup> brands =
        List.of(
            new BrandSetup(
                OTSUMAMI, new Recipe(6, 2, 1, Map.of(), 2, 0, 0), otsumami, 0, otsumamiQuotas),
            new BrandSetup(
                PARTNER, new Recipe(5, 2, 1, Map.of(), 0, 60, 0), partner, 60, partnerQuotas),
            new BrandSetup(
                STANDARD, new Recipe(8, 2, 2, Map.of(), 3, 0, 0), standard, 0, Map.of()));
    ProfileGenerator profiles = new ProfileGenerator(random, skus, popularity);
    List<Subscriber> people = new ArrayList<>();
    Map<String, Integer> slots = new HashMap<>();
    for (int i = 0; i < boxes; i++) {
      double roll = random.nextDouble();
      BrandSetup brand = brands.get(roll < 0.25 ? 0 : roll < 0.40 ? 1 : 2);
      people.add(profiles.subscriber("sub-" + i, brand));
      slots.merge(brand.code(), brand.recipe().size(), Integer::sum);
    }
    Map<String, Integer> outside = new HashMap<>();
    List<Product> catalog = new ArrayList<>();
    long lotId = 1;
    for (int p = 0; p < productCount; p++) {
      String sku = skus.get(p);
      double demand = 0;
      for (BrandSetup brand : brands) {
        if (brand.eligibleSkus().contains(sku)) {
          demand += slots.getOrDefault(brand.code(), 0) * share(brand, p, skus, popularity);
        }
      }
      boolean scarce = random.nextDouble() < 0.1;
      int units = (int) Math.ceil(demand * unitsPerSlot * (scarce ? 0.2 : 1.0));
      int floor = new int[] {14, 21, 30}[random.nextInt(3)];
      List<Lot> lots = new ArrayList<>();
      int lotCount = 2 + random.nextInt(3);
      for (int l = 0; l < lotCount; l++) {
        int daysLeft =
            l == 0 && random.nextDouble() < 0.6
                ? floor + random.nextInt(7)
                : floor + 10 + random.nextInt(140);
        lots.add(lot(lotId++, Snapshot.HOUSE, daysLeft, Math.max(1, units / lotCount)));
      }
      if (partner.contains(sku) && random.nextDouble() < 0.5) {
        int own = Math.max(1, (int) (demand * 0.15 * unitsPerSlot));
        lots.add(lot(lotId++, PARTNER, 62 + random.nextInt(140), own));
      }
      if (BAKED_SWEETS.contains(categoryOf(p)) && outside.size() < 4) {
        outside.put(sku, 3 + random.nextInt(10));
      }
      catalog.add(new Product(sku, categoryOf(p), ingredients(), true, floor, lots));
    }
    return new Snapshot(
        InstanceGenerator.DELIVERY, catalog, brands, people, Weights.DEFAULT, seed, 2, outside);
  }

  private Lot lot(long id, String owner, int daysLeft, int units) {
    LocalDate bestBefore = InstanceGenerator.DELIVERY.plusDays(daysLeft);
    return new Lot(id, owner, bestBefore, RECEIVED.plusSeconds(random.nextInt(86_400)), units);
  }

  /** The share of a brand's slots that product p would get if boxes followed popularity. */
  private static double share(BrandSetup brand, int p, List<String> skus, double[] popularity) {
    double total = 0;
    for (int q = 0; q < skus.size(); q++) {
      total += brand.eligibleSkus().contains(skus.get(q)) ? 1 + popularity[q] : 0;
    }
    return (1 + popularity[p]) / total;
  }

  private Set<String> ingredients() {
    Set<String> ingredients = new HashSet<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      List<String> all = InstanceGenerator.INGREDIENTS;
      ingredients.add(all.get(random.nextInt(all.size())));
    }
    return ingredients;
  }

  private static String categoryOf(int p) {
    return InstanceGenerator.CATEGORIES.get(p % InstanceGenerator.CATEGORIES.size());
  }
}
