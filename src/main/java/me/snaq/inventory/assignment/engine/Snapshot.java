package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one assignment reads, frozen: the engine's only input.
 *
 * @param seed breaks ties; the same snapshot and seed always give the same boxes
 * @param parallelism threads for the parts that run per box (at least 1)
 */
public record Snapshot(
    LocalDate deliveryDate,
    List<Product> products,
    List<BrandSetup> brands,
    List<Subscriber> subscribers,
    Weights weights,
    long seed,
    int parallelism) {
  public static final String HOUSE = "house";

  public Snapshot {
    Objects.requireNonNull(deliveryDate, "deliveryDate");
    Objects.requireNonNull(weights, "weights");
    products = List.copyOf(products);
    brands = List.copyOf(brands);
    subscribers = List.copyOf(subscribers);
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
  }
}
