package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one assignment reads, frozen: the engine's only input.
 *
 * @param brands the box lines whose subscribers are due, with their quotas
 * @param seed breaks ties; the same snapshot and seed always give the same boxes
 * @param parallelism threads for the parts that run per box (at least 1)
 * @param ringFencedOutside per sku, the house units ring-fenced for brands not in {@code brands}
 *     (their reserved quota less the house units they hold): no box may take them (DESIGN 3)
 */
public record Snapshot(
    LocalDate deliveryDate,
    List<Product> products,
    List<BrandSetup> brands,
    List<Subscriber> subscribers,
    Weights weights,
    long seed,
    int parallelism,
    Map<String, Integer> ringFencedOutside) {
  public static final String HOUSE = "house";

  public Snapshot {
    Objects.requireNonNull(deliveryDate, "deliveryDate");
    Objects.requireNonNull(weights, "weights");
    products = List.copyOf(products);
    brands = List.copyOf(brands);
    subscribers = List.copyOf(subscribers);
    ringFencedOutside = Map.copyOf(ringFencedOutside);
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    if (ringFencedOutside.values().stream().anyMatch(units -> units < 0)) {
      throw new IllegalArgumentException("ring-fenced units must not be negative");
    }
  }

  /** A snapshot in which no brand outside {@code brands} has a ring-fence. */
  public Snapshot(
      LocalDate deliveryDate,
      List<Product> products,
      List<BrandSetup> brands,
      List<Subscriber> subscribers,
      Weights weights,
      long seed,
      int parallelism) {
    this(deliveryDate, products, brands, subscribers, weights, seed, parallelism, Map.of());
  }

  /** House units of a product ring-fenced for brands outside the snapshot. */
  public int ringFencedOutside(String sku) {
    return ringFencedOutside.getOrDefault(sku, 0);
  }
}
