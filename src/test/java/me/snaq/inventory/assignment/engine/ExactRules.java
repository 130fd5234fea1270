package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DESIGN 5's hard rules and preference points for one (box, product), and DESIGN 3's lots a brand
 * may use, written for {@link ExactSolver} from the specification alone.
 */
final class ExactRules {
  private final Snapshot snapshot;
  private final Weights weights;
  private final Map<String, Product> products = new HashMap<>();
  private final Map<Long, Lot> lots = new HashMap<>();

  ExactRules(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.weights = snapshot.weights();
    for (Product product : snapshot.products()) {
      products.put(product.sku(), product);
      product.lots().forEach(lot -> lots.put(lot.id(), lot));
    }
  }

  Product product(String sku) {
    return products.get(sku);
  }

  Lot lot(long id) {
    return lots.get(id);
  }

  boolean permits(Subscriber subscriber, BrandSetup brand, Product product) {
    String sku = product.sku();
    return product.active()
        && brand.eligibleSkus().contains(sku)
        && product.ingredients().stream().noneMatch(subscriber.excludedIngredients()::contains)
        && !subscriber.ngSkus().contains(sku)
        && subscriber.ratings().get(sku) != Rating.DISLIKE
        && !inRepeatWindow(subscriber, brand.recipe(), sku)
        && !usableLots(brand, product).isEmpty();
  }

  /** The lots with units that the brand may use for the product: its own or the house's. */
  List<Lot> usableLots(BrandSetup brand, Product product) {
    int floor = floorOf(brand, product);
    return product.lots().stream()
        .filter(lot -> lot.available() > 0)
        .filter(lot -> lot.isHouse() || lot.owner().equals(brand.code()))
        .filter(lot -> ExactSolver.daysLeft(snapshot, lot) >= floor)
        .toList();
  }

  boolean isNearFloor(BrandSetup brand, Product product, Lot lot) {
    return ExactSolver.daysLeft(snapshot, lot) - floorOf(brand, product) < weights.nearFloorDays();
  }

  private static int floorOf(BrandSetup brand, Product product) {
    return Math.max(
        product.minRemainingDays(),
        Math.max(brand.minRemainingDays(), brand.recipe().minRemainingDays()));
  }

  int valueOf(Subscriber subscriber, String sku) {
    Rating rating = subscriber.ratings().get(sku);
    if (subscriber.requests().contains(sku)) {
      return weights.request();
    } else if (rating == Rating.LOVE) {
      return weights.love();
    } else if (rating == Rating.LIKE) {
      return weights.like();
    } else if (subscriber.likedCategories().contains(products.get(sku).category())) {
      return weights.likedCategory();
    } else if (isDiscovery(subscriber, sku)) {
      return weights.discovery();
    } else if (rating == Rating.OK) {
      return weights.ok();
    }
    return weights.known();
  }

  boolean isDiscovery(Subscriber subscriber, String sku) {
    return !subscriber.ratings().containsKey(sku)
        && subscriber.history().stream().noneMatch(d -> d.sku().equals(sku));
  }

  private boolean inRepeatWindow(Subscriber subscriber, Recipe recipe, String sku) {
    List<LocalDate> lastBoxes =
        subscriber.boxDates().stream()
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(recipe.repeatWindowBoxes())
            .toList();
    return subscriber.history().stream()
        .filter(d -> d.sku().equals(sku))
        .anyMatch(
            d ->
                (!lastBoxes.isEmpty() && !d.date().isBefore(lastBoxes.get(lastBoxes.size() - 1)))
                    || ChronoUnit.DAYS.between(d.date(), snapshot.deliveryDate())
                        < recipe.repeatWindowDays());
  }
}
