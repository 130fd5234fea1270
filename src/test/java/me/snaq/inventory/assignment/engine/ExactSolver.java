package me.snaq.inventory.assignment.engine;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimum of an instance by mixed-integer programming (OR-Tools with SCIP), written from DESIGN
 * 5 without any of the engine's code: one binary per permitted (box, product), the recipe's size,
 * caps and required slots per box, units per product, a discovery-slot bonus per box and a
 * near-floor bonus per near-floor unit used.
 *
 * <p>Supports the exact-comparison setting of {@link InstanceGenerator#houseStockOnly()}: house
 * lots only and one floor per product, so FEFO hands out a product's near-floor units first whoever
 * takes them.
 */
final class ExactSolver {
  record Optimum(long objective, boolean proven, double seconds, long items) {}

  static Optimum solve(Snapshot snapshot, double timeLimitSeconds) {
    Loader.loadNativeLibraries();
    MPSolver solver = MPSolver.createSolver("SCIP");
    Weights weights = snapshot.weights();
    MPObjective objective = solver.objective();
    objective.setMaximization();
    Map<String, BrandSetup> brands = new HashMap<>();
    snapshot.brands().forEach(b -> brands.put(b.code(), b));
    Map<String, List<MPVariable>> takersOf = new HashMap<>();
    List<MPVariable> all = new ArrayList<>();
    int box = 0;
    for (Subscriber subscriber : snapshot.subscribers()) {
      BrandSetup brand = brands.get(subscriber.brand());
      Recipe recipe = brand.recipe();
      MPConstraint size = solver.makeConstraint(0, recipe.size());
      MPConstraint free = solver.makeConstraint(0, recipe.size() - recipe.requiredSlots());
      MPConstraint slots = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
      MPVariable slotBonus = solver.makeIntVar(0, recipe.discoverySlots(), "slots" + box);
      slots.setCoefficient(slotBonus, -1);
      objective.setCoefficient(slotBonus, weights.discoverySlotBonus());
      Map<String, MPConstraint> caps = new HashMap<>();
      for (Product product : snapshot.products()) {
        Integer value = valueOf(snapshot, subscriber, brand, product);
        if (value == null) {
          continue;
        }
        MPVariable x = solver.makeBoolVar("x" + box + "_" + product.sku());
        objective.setCoefficient(x, value);
        size.setCoefficient(x, 1);
        if (!recipe.isRequired(product.category())) {
          free.setCoefficient(x, 1);
        }
        caps.computeIfAbsent(product.category(), c -> solver.makeConstraint(0, recipe.capOf(c)))
            .setCoefficient(x, 1);
        if (isDiscovery(subscriber, product)) {
          slots.setCoefficient(x, 1);
        }
        takersOf.computeIfAbsent(product.sku(), sku -> new ArrayList<>()).add(x);
        all.add(x);
      }
      box++;
    }
    for (Product product : snapshot.products()) {
      List<MPVariable> takers = takersOf.getOrDefault(product.sku(), List.of());
      int floor = product.minRemainingDays();
      int usable = 0;
      int nearFloor = 0;
      for (Lot lot : product.lots()) {
        long left = ChronoUnit.DAYS.between(snapshot.deliveryDate(), lot.bestBefore());
        if (left >= floor) {
          usable += lot.available();
          nearFloor += left - floor < weights.nearFloorDays() ? lot.available() : 0;
        }
      }
      MPConstraint units = solver.makeConstraint(0, usable);
      MPVariable nearUsed = solver.makeIntVar(0, nearFloor, "near_" + product.sku());
      MPConstraint nearTaken = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
      nearTaken.setCoefficient(nearUsed, -1);
      objective.setCoefficient(nearUsed, weights.nearFloorBonus());
      for (MPVariable x : takers) {
        units.setCoefficient(x, 1);
        nearTaken.setCoefficient(x, 1);
      }
    }
    solver.setTimeLimit((long) (timeLimitSeconds * 1000));
    long start = System.nanoTime();
    MPSolver.ResultStatus status = solver.solve();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      throw new IllegalStateException("the exact solver found no solution: " + status);
    }
    long value = Math.round(objective.value());
    boolean proven = status == MPSolver.ResultStatus.OPTIMAL;
    long bound = Math.round(Math.floor(objective.bestBound() + 1e-6));
    long items = all.stream().filter(x -> x.solutionValue() > 0.5).count();
    solver.delete();
    return new Optimum(proven ? value : bound, proven, seconds, items);
  }

  /** The points of a product in a box, or null when a hard rule forbids it. */
  private static Integer valueOf(
      Snapshot snapshot, Subscriber subscriber, BrandSetup brand, Product product) {
    String sku = product.sku();
    boolean permitted =
        product.active()
            && brand.eligibleSkus().contains(sku)
            && product.ingredients().stream().noneMatch(subscriber.excludedIngredients()::contains)
            && !subscriber.ngSkus().contains(sku)
            && subscriber.ratings().get(sku) != Rating.DISLIKE
            && !inRepeatWindow(snapshot, subscriber, brand.recipe(), sku)
            && product.lots().stream()
                .anyMatch(
                    lot ->
                        ChronoUnit.DAYS.between(snapshot.deliveryDate(), lot.bestBefore())
                            >= product.minRemainingDays());
    if (!permitted) {
      return null;
    }
    Weights weights = snapshot.weights();
    Rating rating = subscriber.ratings().get(sku);
    if (subscriber.requests().contains(sku)) {
      return weights.request();
    } else if (rating == Rating.LOVE) {
      return weights.love();
    } else if (rating == Rating.LIKE) {
      return weights.like();
    } else if (subscriber.likedCategories().contains(product.category())) {
      return weights.likedCategory();
    } else if (isDiscovery(subscriber, product)) {
      return weights.discovery();
    } else if (rating == Rating.OK) {
      return weights.ok();
    }
    return weights.known();
  }

  private static boolean isDiscovery(Subscriber subscriber, Product product) {
    return !subscriber.ratings().containsKey(product.sku())
        && subscriber.history().stream().noneMatch(d -> d.sku().equals(product.sku()));
  }

  private static boolean inRepeatWindow(
      Snapshot snapshot, Subscriber subscriber, Recipe recipe, String sku) {
    List<java.time.LocalDate> lastBoxes =
        subscriber.history().stream()
            .map(Delivery::date)
            .distinct()
            .sorted(java.util.Comparator.reverseOrder())
            .limit(recipe.repeatWindowBoxes())
            .toList();
    return subscriber.history().stream()
        .filter(d -> d.sku().equals(sku))
        .anyMatch(
            d ->
                lastBoxes.contains(d.date())
                    || ChronoUnit.DAYS.between(d.date(), snapshot.deliveryDate())
                        < recipe.repeatWindowDays());
  }
}
