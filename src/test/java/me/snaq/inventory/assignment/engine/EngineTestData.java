package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Named builders for small engine instances, with a fixed delivery date. */
final class EngineTestData {
  static final LocalDate DELIVERY = LocalDate.of(2026, 12, 10);

  private EngineTestData() {}

  static ProductBuilder aProduct(String sku, String category) {
    return new ProductBuilder(sku, category);
  }

  static SubscriberBuilder aSubscriber(String id, String brand) {
    return new SubscriberBuilder(id, brand);
  }

  static Recipe recipe(int size, int maxPerCategory) {
    return new Recipe(size, maxPerCategory, 0, Map.of(), 0, 0, 0);
  }

  static BrandSetup brand(String code, Recipe recipe, List<Product> eligible) {
    return new BrandSetup(
        code,
        recipe,
        eligible.stream().map(Product::sku).collect(java.util.stream.Collectors.toSet()),
        0,
        Map.of());
  }

  static Snapshot snapshot(List<Product> products, List<BrandSetup> brands, List<Subscriber> subs) {
    return new Snapshot(DELIVERY, products, brands, subs, Weights.DEFAULT, 1L, 2);
  }

  static Assignment solve(List<Product> products, List<BrandSetup> brands, List<Subscriber> subs) {
    return new AssignmentEngine().solve(snapshot(products, brands, subs));
  }

  static final class ProductBuilder {
    private final String sku;
    private final String category;
    private final List<Lot> lots = new ArrayList<>();
    private Set<String> ingredients = Set.of();
    private boolean active = true;
    private int minRemainingDays = 0;
    private static long nextLot = 1;

    private ProductBuilder(String sku, String category) {
      this.sku = sku;
      this.category = category;
    }

    ProductBuilder withIngredients(String... codes) {
      ingredients = Set.of(codes);
      return this;
    }

    ProductBuilder discontinued() {
      active = false;
      return this;
    }

    ProductBuilder withMinRemainingDays(int days) {
      minRemainingDays = days;
      return this;
    }

    /** A house lot with best-before {@code daysLeft} days after the delivery date. */
    ProductBuilder withLot(int units, int daysLeft) {
      return withLot(units, daysLeft, Snapshot.HOUSE);
    }

    ProductBuilder withLot(int units, int daysLeft, String owner) {
      lots.add(new Lot(nextLotId(), owner, DELIVERY.plusDays(daysLeft), units));
      return this;
    }

    private static synchronized long nextLotId() {
      return nextLot++;
    }

    Product build() {
      return new Product(sku, category, ingredients, active, minRemainingDays, lots);
    }
  }

  static final class SubscriberBuilder {
    private final String id;
    private final String brand;
    private Set<String> excluded = Set.of();
    private Set<String> ng = Set.of();
    private Set<String> liked = Set.of();
    private final Map<String, Rating> ratings = new HashMap<>();
    private Set<String> requests = Set.of();
    private final List<Delivery> history = new ArrayList<>();
    private List<java.time.LocalDate> boxDates;

    private SubscriberBuilder(String id, String brand) {
      this.id = id;
      this.brand = brand;
    }

    SubscriberBuilder excluding(String... ingredients) {
      excluded = Set.of(ingredients);
      return this;
    }

    SubscriberBuilder withNg(String... skus) {
      ng = Set.of(skus);
      return this;
    }

    SubscriberBuilder liking(String... categories) {
      liked = Set.of(categories);
      return this;
    }

    SubscriberBuilder rating(String sku, Rating rating) {
      ratings.put(sku, rating);
      return this;
    }

    SubscriberBuilder requesting(String... skus) {
      requests = Set.of(skus);
      return this;
    }

    SubscriberBuilder received(String sku, int daysBeforeDelivery) {
      history.add(new Delivery(sku, DELIVERY.minusDays(daysBeforeDelivery)));
      return this;
    }

    /** Past boxes given apart from the receipts (as a run's loader gives them). */
    SubscriberBuilder boxesDaysBefore(int... daysBeforeDelivery) {
      boxDates = java.util.Arrays.stream(daysBeforeDelivery).mapToObj(DELIVERY::minusDays).toList();
      return this;
    }

    Subscriber build() {
      return boxDates == null
          ? new Subscriber(
              id, brand, excluded, ng, liked, ratings, requests, history, boxDatesOf(history))
          : new Subscriber(id, brand, excluded, ng, liked, ratings, requests, history, boxDates);
    }
  }

  /** The box dates a history of receipts implies: its distinct dates. */
  static List<java.time.LocalDate> boxDatesOf(List<Delivery> history) {
    return history.stream().map(Delivery::date).distinct().toList();
  }
}
