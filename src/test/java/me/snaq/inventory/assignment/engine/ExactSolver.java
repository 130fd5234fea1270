package me.snaq.inventory.assignment.engine;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimum of an instance by mixed-integer programming (OR-Tools with SCIP), written from DESIGN
 * 3 and 5 without any of the engine's code.
 *
 * <ul>
 *   <li>Contents: one binary per permitted (box, product), with the recipe's size, caps and
 *       required slots per box and a discovery-slot bonus per box ({@link ExactRules}).
 *   <li>Lots: per brand, product and lot it may use (its own or the house's, past the box's floor)
 *       the units it takes, at most each lot's units; the near-floor bonus per unit of a lot within
 *       the window of that brand's floor.
 *   <li>Quotas: each brand's house units within its limit; the larger of what each brand takes and
 *       its ring-fence left, with the fences of brands outside the run, within the house units.
 *   <li>FEFO: a brand takes from a lot only when every earlier lot it may use is empty at the end.
 *       Where the earlier lot is the house's and the later one the brand's own, whether the brand's
 *       quotas would admit one more house unit is not modelled: that pair is left free, which can
 *       only raise the optimum, so the engine is measured against an upper bound there.
 * </ul>
 */
final class ExactSolver {
  /**
   * @param objective the optimum, or the best bound when the time ran out
   * @param boxScores per box, its points in the solution (near-floor units given to the boxes of
   *     the brand that score least, which favours the solution's worst boxes)
   * @param boxContents per box, the skus of its items in the solution
   */
  record Optimum(
      long objective,
      boolean proven,
      double seconds,
      int[] boxScores,
      List<List<String>> boxContents) {
    /** Items of box i in the solution. */
    int itemsOf(int box) {
      return boxContents.get(box).size();
    }
  }

  static Optimum solve(Snapshot snapshot, double timeLimitSeconds) {
    Loader.loadNativeLibraries();
    MPSolver solver = MPSolver.createSolver("SCIP");
    try {
      return new ExactSolver(snapshot, solver).run(timeLimitSeconds);
    } finally {
      solver.delete();
    }
  }

  private final Snapshot snapshot;
  private final MPSolver solver;
  private final MPObjective objective;
  private final Weights weights;
  private final Map<String, BrandSetup> brands = new HashMap<>();
  private final ExactRules rules;

  /** Per product and brand, the box binaries of that brand's boxes. */
  private final Map<String, Map<String, List<MPVariable>>> takers = new HashMap<>();

  /** Per product, brand and lot id, the units the brand takes of the lot. */
  private final Map<String, Map<String, Map<Long, MPVariable>>> units = new HashMap<>();

  private ExactSolver(Snapshot snapshot, MPSolver solver) {
    this.snapshot = snapshot;
    this.solver = solver;
    this.objective = solver.objective();
    this.weights = snapshot.weights();
    this.rules = new ExactRules(snapshot);
    snapshot.brands().forEach(b -> brands.put(b.code(), b));
  }

  private Optimum run(double timeLimitSeconds) {
    objective.setMaximization();
    List<Map<String, MPVariable>> boxes = new ArrayList<>();
    List<MPVariable> slotBonuses = new ArrayList<>();
    for (int box = 0; box < snapshot.subscribers().size(); box++) {
      Subscriber subscriber = snapshot.subscribers().get(box);
      BrandSetup brand = brands.get(subscriber.brand());
      Map<String, MPVariable> chosen = new HashMap<>();
      slotBonuses.add(contents(box, subscriber, brand, chosen));
      boxes.add(chosen);
    }
    for (Product product : snapshot.products()) {
      lotsAndQuotas(product);
    }
    solver.setTimeLimit((long) (timeLimitSeconds * 1000));
    long start = System.nanoTime();
    MPSolver.ResultStatus status = solver.solve();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      throw new IllegalStateException("the exact solver found no solution: " + status);
    }
    boolean proven = status == MPSolver.ResultStatus.OPTIMAL;
    long value = Math.round(objective.value());
    long bound = Math.round(Math.floor(objective.bestBound() + 1e-6));
    int[] scores = new int[boxes.size()];
    List<List<String>> contents = new ArrayList<>();
    for (int box = 0; box < boxes.size(); box++) {
      Subscriber subscriber = snapshot.subscribers().get(box);
      List<String> skus = new ArrayList<>();
      for (Map.Entry<String, MPVariable> x : boxes.get(box).entrySet()) {
        if (x.getValue().solutionValue() > 0.5) {
          scores[box] += rules.valueOf(subscriber, x.getKey());
          skus.add(x.getKey());
        }
      }
      contents.add(skus);
      scores[box] += (int) Math.round(slotBonuses.get(box).solutionValue()) * slotBonus();
    }
    giveNearFloorUnits(boxes, scores);
    return new Optimum(proven ? value : bound, proven, seconds, scores, contents);
  }

  private int slotBonus() {
    return weights.discoverySlotBonus();
  }

  /** The box's binaries and recipe constraints; returns its discovery-slot variable. */
  private MPVariable contents(
      int box, Subscriber subscriber, BrandSetup brand, Map<String, MPVariable> chosen) {
    Recipe recipe = brand.recipe();
    MPConstraint size = solver.makeConstraint(0, recipe.size());
    MPConstraint free = solver.makeConstraint(0, recipe.size() - recipe.requiredSlots());
    MPConstraint slots = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
    MPVariable slotBonus = solver.makeIntVar(0, recipe.discoverySlots(), "slots" + box);
    slots.setCoefficient(slotBonus, -1);
    objective.setCoefficient(slotBonus, slotBonus());
    Map<String, MPConstraint> caps = new HashMap<>();
    for (Product product : snapshot.products()) {
      if (!rules.permits(subscriber, brand, product)) {
        continue;
      }
      MPVariable x = solver.makeBoolVar("x" + box + "_" + product.sku());
      objective.setCoefficient(x, rules.valueOf(subscriber, product.sku()));
      size.setCoefficient(x, 1);
      if (!recipe.isRequired(product.category())) {
        free.setCoefficient(x, 1);
      }
      caps.computeIfAbsent(product.category(), c -> solver.makeConstraint(0, recipe.capOf(c)))
          .setCoefficient(x, 1);
      if (rules.isDiscovery(subscriber, product.sku())) {
        slots.setCoefficient(x, 1);
      }
      chosen.put(product.sku(), x);
      takers
          .computeIfAbsent(product.sku(), s -> new HashMap<>())
          .computeIfAbsent(brand.code(), b -> new ArrayList<>())
          .add(x);
    }
    return slotBonus;
  }

  /** Lot units per brand, lot supply, near-floor bonus, quotas and FEFO of one product. */
  private void lotsAndQuotas(Product product) {
    Map<String, List<MPVariable>> byBrand = takers.getOrDefault(product.sku(), Map.of());
    Map<String, Map<Long, MPVariable>> taken = new HashMap<>();
    units.put(product.sku(), taken);
    Map<Long, MPConstraint> supply = new HashMap<>();
    for (Lot lot : product.lots()) {
      supply.put(lot.id(), solver.makeConstraint(0, lot.available()));
    }
    for (Map.Entry<String, List<MPVariable>> entry : byBrand.entrySet()) {
      BrandSetup brand = brands.get(entry.getKey());
      MPConstraint link = solver.makeConstraint(0, 0);
      entry.getValue().forEach(x -> link.setCoefficient(x, -1));
      Map<Long, MPVariable> fromLot = new HashMap<>();
      for (Lot lot : rules.usableLots(brand, product)) {
        MPVariable y = solver.makeIntVar(0, lot.available(), "y" + brand.code() + lot.id());
        link.setCoefficient(y, 1);
        supply.get(lot.id()).setCoefficient(y, 1);
        if (rules.isNearFloor(brand, product, lot)) {
          objective.setCoefficient(y, weights.nearFloorBonus());
        }
        fromLot.put(lot.id(), y);
      }
      taken.put(brand.code(), fromLot);
    }
    quotas(product, taken);
    fefo(product, taken);
  }

  private void quotas(Product product, Map<String, Map<Long, MPVariable>> taken) {
    int house = 0;
    for (Lot lot : product.lots()) {
      house += lot.isHouse() ? lot.available() : 0;
    }
    int fences = snapshot.ringFencedOutside(product.sku());
    for (BrandSetup brand : snapshot.brands()) {
      Quota quota = brand.quotaOf(product.sku());
      fences += Math.max(0, quota.reserved() - quota.held());
    }
    MPConstraint claims =
        solver.makeConstraint(
            0, Math.max(house, fences) - snapshot.ringFencedOutside(product.sku()));
    for (BrandSetup brand : snapshot.brands()) {
      Quota quota = brand.quotaOf(product.sku());
      int fence = Math.max(0, quota.reserved() - quota.held());
      MPConstraint limit =
          solver.makeConstraint(
              0, quota.limit() == null ? Double.POSITIVE_INFINITY : quota.limit() - quota.held());
      MPVariable claim = solver.makeNumVar(fence, Double.POSITIVE_INFINITY, "claim");
      MPConstraint covers = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
      covers.setCoefficient(claim, 1);
      claims.setCoefficient(claim, 1);
      for (Lot lot : product.lots()) {
        MPVariable y = taken.getOrDefault(brand.code(), Map.of()).get(lot.id());
        if (y != null && lot.isHouse()) {
          limit.setCoefficient(y, 1);
          covers.setCoefficient(y, -1);
        }
      }
    }
  }

  /** A brand takes from a lot only if every earlier lot it may use ends empty (see the class). */
  private void fefo(Product product, Map<String, Map<Long, MPVariable>> taken) {
    List<Lot> fefo = product.lots().stream().sorted(FEFO).toList();
    for (Map.Entry<String, Map<Long, MPVariable>> entry : taken.entrySet()) {
      for (Lot later : fefo) {
        MPVariable y = entry.getValue().get(later.id());
        if (y == null) {
          continue;
        }
        MPVariable uses = null;
        for (Lot earlier : fefo) {
          if (FEFO.compare(earlier, later) >= 0) {
            break;
          }
          boolean quotaDependent = earlier.isHouse() && !later.isHouse();
          if (!entry.getValue().containsKey(earlier.id()) || quotaDependent) {
            continue;
          }
          if (uses == null) {
            uses = solver.makeBoolVar("u" + entry.getKey() + later.id());
            MPConstraint open = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
            open.setCoefficient(uses, later.available());
            open.setCoefficient(y, -1);
          }
          MPConstraint emptied = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
          emptied.setCoefficient(uses, -earlier.available());
          for (Map<Long, MPVariable> other : taken.values()) {
            MPVariable y2 = other.get(earlier.id());
            if (y2 != null) {
              emptied.setCoefficient(y2, 1);
            }
          }
        }
      }
    }
  }

  private static final Comparator<Lot> FEFO =
      Comparator.comparing(Lot::bestBefore)
          .thenComparing(Lot::receivedAt)
          .thenComparingLong(Lot::id);

  /** Near-floor units of each brand and product go to its boxes with the lowest scores first. */
  private void giveNearFloorUnits(List<Map<String, MPVariable>> boxes, int[] scores) {
    units.forEach(
        (sku, byBrand) ->
            byBrand.forEach(
                (code, fromLot) -> {
                  BrandSetup brand = brands.get(code);
                  Product product = rules.product(sku);
                  long near =
                      fromLot.entrySet().stream()
                          .filter(e -> rules.isNearFloor(brand, product, rules.lot(e.getKey())))
                          .mapToLong(e -> Math.round(e.getValue().solutionValue()))
                          .sum();
                  List<Integer> holders = new ArrayList<>();
                  for (int box = 0; box < boxes.size(); box++) {
                    MPVariable x = boxes.get(box).get(sku);
                    if (x != null
                        && x.solutionValue() > 0.5
                        && snapshot.subscribers().get(box).brand().equals(code)) {
                      holders.add(box);
                    }
                  }
                  holders.sort(Comparator.comparingInt(box -> scores[box]));
                  for (int k = 0; k < Math.min(near, holders.size()); k++) {
                    scores[holders.get(k)] += weights.nearFloorBonus();
                  }
                }));
  }

  static long daysLeft(Snapshot snapshot, Lot lot) {
    return ChronoUnit.DAYS.between(snapshot.deliveryDate(), lot.bestBefore());
  }
}
