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
 * Subscriber profiles as snaq.me's look: skewed ratings of popular products, NG lists, an excluded
 * ingredient now and then, liked categories, requests and a few past boxes.
 */
final class ProfileGenerator {
  private final SplittableRandom random;
  private final List<String> skus;
  private final double[] popularity;
  private final Map<String, Integer> skuIndex = new HashMap<>();

  ProfileGenerator(SplittableRandom random, List<String> skus, double[] popularity) {
    this.random = random;
    this.skus = skus;
    this.popularity = popularity;
    for (int p = 0; p < skus.size(); p++) {
      skuIndex.put(skus.get(p), p);
    }
  }

  Subscriber subscriber(String id, BrandSetup brand) {
    List<String> pool = new ArrayList<>(brand.eligibleSkus());
    pool.sort(null);
    if (pool.isEmpty()) {
      pool.add(skus.get(0));
    }
    Map<String, Rating> ratings = new HashMap<>();
    int rated = random.nextDouble() < 0.15 ? 0 : random.nextInt(Math.min(40, pool.size()));
    for (int k = 0; k < rated; k++) {
      String sku = popular(pool);
      double r = random.nextDouble();
      ratings.put(
          sku,
          r < 0.25 ? Rating.LOVE : r < 0.6 ? Rating.LIKE : r < 0.85 ? Rating.OK : Rating.DISLIKE);
    }
    Set<String> ng = new HashSet<>();
    int ngCount = random.nextDouble() < 0.3 ? random.nextInt(8) : 0;
    for (int k = 0; k < ngCount; k++) {
      ng.add(pool.get(random.nextInt(pool.size())));
    }
    Set<String> excluded = new HashSet<>();
    if (random.nextDouble() < 0.15) {
      excluded.add(
          InstanceGenerator.INGREDIENTS.get(random.nextInt(InstanceGenerator.INGREDIENTS.size())));
    }
    Set<String> liked = new HashSet<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      liked.add(
          InstanceGenerator.CATEGORIES.get(random.nextInt(InstanceGenerator.CATEGORIES.size())));
    }
    Set<String> requests = new HashSet<>();
    if (random.nextDouble() < 0.3) {
      for (int k = 1 + random.nextInt(2); k > 0; k--) {
        requests.add(popular(pool));
      }
    }
    List<Delivery> history = new ArrayList<>();
    int boxes = random.nextInt(6);
    for (int b = 1; b <= boxes; b++) {
      LocalDate date = InstanceGenerator.DELIVERY.minusDays(28L * b);
      for (int k = 0; k < brand.recipe().size(); k++) {
        history.add(new Delivery(pool.get(random.nextInt(pool.size())), date));
      }
    }
    return new Subscriber(
        id,
        brand.code(),
        excluded,
        ng,
        liked,
        ratings,
        requests,
        history,
        EngineTestData.boxDatesOf(history));
  }

  /** A product drawn with probability proportional to its popularity (rejection sampling). */
  private String popular(List<String> pool) {
    while (true) {
      String sku = pool.get(random.nextInt(pool.size()));
      if (random.nextDouble() < popularity[skuIndex.get(sku)]) {
        return sku;
      }
    }
  }
}
