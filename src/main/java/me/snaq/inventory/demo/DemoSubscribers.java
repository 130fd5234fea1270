package me.snaq.inventory.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.catalog.RecipeTerms;
import me.snaq.inventory.demo.DemoCatalog.DemoBrand;
import me.snaq.inventory.demo.DemoCatalog.DemoProduct;
import me.snaq.inventory.subscriber.DeliveryInput;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberIds;
import me.snaq.inventory.subscriber.SubscriberStatus;

/**
 * Demo subscribers from a seed, relative to the day they are loaded: about 3,000 over the demo
 * brands (half on the standard box), due on the next four Tuesdays and Fridays. Ratings are skewed
 * as real ones are: some products are liked by most, each subscriber is kinder or harsher than the
 * next, and few rate anything DISLIKE. A few NG products, requests and excluded ingredients, and
 * the last two or three boxes as delivery history.
 */
public final class DemoSubscribers {
  public static final int COUNT = 3000;
  private static final Map<String, Integer> SHARE_PERCENT =
      new LinkedHashMap<>(
          Map.of(
              "standard",
              50,
              "otsumami",
              15,
              "granola",
              10,
              "yakigashi",
              10,
              "kinoko",
              8,
              "tabimori",
              7));
  private static final List<String> EXCLUDABLE =
      List.of("peanut", "alcohol", "milk", "wheat", "egg", "sesame");

  private DemoSubscribers() {}

  /** The demo house box lines' recipes (DESIGN 5). */
  public static Map<String, RecipeTerms> recipes() {
    return Map.of(
        "standard", new RecipeTerms(8, 2, 2, Map.of(), 3, null, null),
        "otsumami", new RecipeTerms(6, 2, 1, Map.of(), 3, null, null),
        "granola", new RecipeTerms(4, 1, 1, Map.of("granola", 1, "topping", 3), 2, null, null),
        "yakigashi", new RecipeTerms(6, 2, 1, Map.of(), null, 60, 30));
  }

  public static List<ProfileInput> profiles(List<DemoProduct> products, LocalDate today) {
    Random random = new Random(DemoCatalog.SEED + 2);
    Map<String, Double> popularity = popularity(products, random);
    List<LocalDate> dates = deliveryDates(today);
    List<ProfileInput> profiles = new ArrayList<>(COUNT);
    for (int i = 1; i <= COUNT; i++) {
      String brand = brandOf(i);
      List<DemoProduct> eligible = eligible(products, brand, false);
      double kindness = random.nextGaussian() * 0.4;
      Map<String, Rating> ratings = new HashMap<>();
      List<DemoProduct> shuffled = new ArrayList<>(eligible);
      Collections.shuffle(shuffled, random);
      int rated = Math.min(shuffled.size(), 5 + random.nextInt(36));
      for (DemoProduct product : shuffled.subList(0, rated)) {
        double score = popularity.get(product.sku()) + kindness + random.nextGaussian() * 0.6;
        ratings.put(product.sku(), rating(score));
      }
      List<String> unrated = skus(shuffled.subList(rated, shuffled.size()));
      List<String> ng = ngSkus(ratings, unrated, random);
      List<String> open = unrated.stream().filter(sku -> !ng.contains(sku)).toList();
      profiles.add(
          new ProfileInput(
              idOf(brand, i),
              brand,
              random.nextInt(100) < 92 ? SubscriberStatus.ACTIVE : SubscriberStatus.PAUSED,
              dates.get(random.nextInt(dates.size())),
              pick(EXCLUDABLE, random.nextInt(100) < 15 ? 1 + random.nextInt(2) : 0, random),
              ng,
              pick(categories(brand), 1 + random.nextInt(2), random),
              ratings,
              pick(open, random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0, random)));
    }
    return profiles;
  }

  /** The last two or three boxes of each subscriber, a fortnight apart, before today. */
  public static List<DeliveryInput> history(
      List<DemoProduct> products, List<ProfileInput> profiles, LocalDate today) {
    Random random = new Random(DemoCatalog.SEED + 3);
    Map<String, Integer> sizes = new HashMap<>();
    recipes().forEach((brand, recipe) -> sizes.put(brand, recipe.size()));
    List<DeliveryInput> deliveries = new ArrayList<>();
    for (ProfileInput profile : profiles) {
      List<DemoProduct> eligible = new ArrayList<>(eligible(products, profile.brand(), true));
      int boxes = 2 + random.nextInt(2);
      for (int box = 1; box <= boxes; box++) {
        Collections.shuffle(eligible, random);
        LocalDate date = today.minusDays(14L * box + random.nextInt(3));
        int size = Math.min(eligible.size(), sizes.getOrDefault(profile.brand(), 6));
        for (DemoProduct product : eligible.subList(0, size)) {
          deliveries.add(new DeliveryInput(profile.id(), product.sku(), date));
        }
      }
    }
    return deliveries;
  }

  /** A partner's subscriber ids begin with its brand code (ProfileRules' namespace rule). */
  private static String idOf(String brand, int i) {
    String id = String.format(Locale.ROOT, "demo-%05d", i);
    boolean partner =
        DemoCatalog.BRANDS.stream()
            .anyMatch(b -> b.code().equals(brand) && b.kind() == BrandKind.PARTNER);
    return SubscriberIds.of(brand, id, partner);
  }

  private static String brandOf(int i) {
    int slot = i % 100;
    int upTo = 0;
    for (Map.Entry<String, Integer> share : SHARE_PERCENT.entrySet()) {
      upTo += share.getValue();
      if (slot < upTo) {
        return share.getKey();
      }
    }
    return "standard";
  }

  /** Each product's appeal: most are liked, a few are loved by nearly all, a few by hardly any. */
  private static Map<String, Double> popularity(List<DemoProduct> products, Random random) {
    Map<String, Double> popularity = new HashMap<>();
    for (DemoProduct product : products) {
      popularity.put(product.sku(), 0.35 + random.nextGaussian() * 0.45);
    }
    return popularity;
  }

  private static Rating rating(double score) {
    if (score > 1.0) {
      return Rating.LOVE;
    }
    if (score > 0.25) {
      return Rating.LIKE;
    }
    if (score > -0.55) {
      return Rating.OK;
    }
    return Rating.DISLIKE;
  }

  /** Up to three NG products: mostly ones the subscriber rated DISLIKE, else unrated ones. */
  private static List<String> ngSkus(
      Map<String, Rating> ratings, List<String> unrated, Random random) {
    int roll = random.nextInt(100);
    int count = roll < 60 ? 0 : roll < 85 ? 1 : roll < 95 ? 2 : 3;
    List<String> candidates =
        new ArrayList<>(
            ratings.entrySet().stream()
                .filter(e -> e.getValue() == Rating.DISLIKE)
                .map(Map.Entry::getKey)
                .sorted()
                .toList());
    Collections.shuffle(candidates, random);
    candidates.addAll(unrated);
    return List.copyOf(candidates.subList(0, Math.min(count, candidates.size())));
  }

  private static List<DemoProduct> eligible(
      List<DemoProduct> products, String brand, boolean activeOnly) {
    return products.stream()
        .filter(p -> p.brands().contains(brand))
        .filter(p -> !activeOnly || p.details().status() == ProductStatus.ACTIVE)
        .toList();
  }

  private static List<String> categories(String brand) {
    return DemoCatalog.BRANDS.stream()
        .filter(b -> b.code().equals(brand))
        .map(DemoBrand::categories)
        .findFirst()
        .map(c -> List.copyOf(new TreeSet<>(c)))
        .orElse(List.of());
  }

  private static List<LocalDate> deliveryDates(LocalDate today) {
    Set<LocalDate> dates = new TreeSet<>();
    LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    LocalDate friday = today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    for (int week = 0; week < 4; week++) {
      dates.add(tuesday.plusWeeks(week));
      dates.add(friday.plusWeeks(week));
    }
    return List.copyOf(dates);
  }

  private static <T> List<T> pick(List<T> from, int count, Random random) {
    List<T> shuffled = new ArrayList<>(from);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  private static List<String> skus(List<DemoProduct> products) {
    return products.stream().map(DemoProduct::sku).toList();
  }
}
