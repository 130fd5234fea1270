package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a run keeps of its snapshot to explain its boxes later: the catalog and brand setups it used
 * (lots left out) and each brand's stock at the start and the end ({@link WhyNot}).
 */
public record RunContext(
    LocalDate deliveryDate,
    List<Product> products,
    List<BrandSetup> brands,
    Weights weights,
    List<BrandStock> stock) {
  public RunContext {
    Objects.requireNonNull(deliveryDate, "deliveryDate");
    Objects.requireNonNull(weights, "weights");
    products = List.copyOf(products);
    brands = List.copyOf(brands);
    stock = List.copyOf(stock);
  }

  public static RunContext of(Snapshot snapshot, Assignment assignment) {
    List<Product> products =
        snapshot.products().stream()
            .map(
                p ->
                    new Product(
                        p.sku(),
                        p.category(),
                        p.ingredients(),
                        p.active(),
                        p.minRemainingDays(),
                        List.of()))
            .toList();
    return new RunContext(
        snapshot.deliveryDate(),
        products,
        snapshot.brands(),
        snapshot.weights(),
        assignment.stock());
  }
}
