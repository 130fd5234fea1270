package me.snaq.inventory.assignment.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Chooses every subscriber's box from the stock that can serve it. Pure: the same snapshot gives
 * the same assignment, whatever the parallelism.
 *
 * <p>Steps: rank each subscriber's permitted products (in parallel), price scarce stock, fill boxes
 * level by level from the shared stock (one thread: the stock is one), exchange units and polish
 * boxes, pick every unit's lot again FEFO, then describe every box (in parallel).
 */
public final class AssignmentEngine {
  /** Candidates kept per box; a box left short by this cut gets its full list afterwards. */
  static final int CANDIDATES_KEPT = 96;

  /** Price rounds: enough for prices to settle on realistic instances (see the benchmark). */
  static final int PRICE_ROUNDS = 25;

  /**
   * Unit exchanges are tried for the worst-served boxes, the larger of these many and a share of
   * all boxes: where they pay most, in a time that stays flat as runs grow.
   */
  static final int EXCHANGE_BOXES_MIN = 5_000;

  static final int EXCHANGE_SHARE = 10;
  static final int EXCHANGE_MOVES_PER_BOX = 8;

  public Assignment solve(Snapshot snapshot) {
    return solve(snapshot, PhaseListener.NONE);
  }

  public Assignment solve(Snapshot snapshot, PhaseListener listener) {
    if (snapshot.products().size() >= Entry.MAX_PRODUCTS) {
      throw new IllegalArgumentException("too many products: " + snapshot.products().size());
    }
    if (snapshot.subscribers().size() >= 1 << BoxFiller.BOX_BITS) {
      throw new IllegalArgumentException("too many boxes: " + snapshot.subscribers().size());
    }
    Catalog catalog = new Catalog(snapshot.products());
    Map<String, BrandRules> brands = BrandRules.byCode(snapshot, catalog);
    StockBook stock = new StockBook(catalog, brands.values().toArray(BrandRules[]::new), snapshot);
    int[][][] atStart = AssignmentReport.stockOf(catalog, brands.values(), stock);
    CandidateBuilder builder = new CandidateBuilder(catalog, brands, stock, snapshot);
    List<Subscriber> subscribers = snapshot.subscribers();
    int n = subscribers.size();
    Candidates[] candidates = new Candidates[n];
    ForkJoinPool pool = new ForkJoinPool(snapshot.parallelism());
    try {
      forEach(pool, n, i -> candidates[i] = builder.build(i, subscribers.get(i), CANDIDATES_KEPT));
      listener.finished(Phase.RANK);
      BrandRules[] brandOf = new BrandRules[n];
      long[][] entries = new long[n][];
      for (int i = 0; i < n; i++) {
        brandOf[i] = brands.get(subscribers.get(i).brand());
        entries[i] = candidates[i].entries();
      }
      Prices prices = new Prices(catalog, brandOf, entries);
      int[] price =
          prices.find(
              PRICE_ROUNDS, snapshot.seed(), (count, action) -> forEach(pool, count, action));
      forEach(pool, n, i -> Prices.reprice(entries[i], price));
      listener.finished(Phase.PRICE);
      BoxFiller filler = new BoxFiller(catalog, stock, brandOf, entries, snapshot);
      filler.fill(IntStream.range(0, n).toArray());
      refillTruncated(builder, subscribers, candidates, brandOf, filler, price);
      listener.finished(Phase.FILL);
      Holders holders = new Holders(catalog.size(), filler);
      UnitExchange exchange =
          new UnitExchange(catalog, stock, brandOf, entries, filler, holders, snapshot.weights());
      int[] worstFirst = worstServedFirst(candidates, filler);
      int budget = Math.max(EXCHANGE_BOXES_MIN, n / EXCHANGE_SHARE);
      for (int i = 0; i < Math.min(budget, n); i++) {
        exchange.improve(worstFirst[i], EXCHANGE_MOVES_PER_BOX);
      }
      EjectionChains chains =
          new EjectionChains(catalog, stock, brandOf, entries, filler, holders, snapshot.weights());
      for (int box : EjectionChains.shortOf(worstFirst, filler, brandOf)) {
        chains.fill(box);
      }
      listener.finished(Phase.EXCHANGE);
      // filler.score keeps the scores of the fill (the exchange does not update it), so the order
      // computed from it before the exchange is the order polish wants.
      polishAll(
          worstFirst,
          new BoxPolisher(
              catalog,
              stock,
              brandOf,
              entries,
              java.util.Arrays.stream(candidates).mapToInt(Candidates::preferenceBound).toArray(),
              filler,
              snapshot));
      new FefoRepick(catalog, stock, brandOf, filler)
          .repick(rankBySatisfaction(candidates, filler, brandOf, snapshot.weights()));
      listener.finished(Phase.POLISH);
      BoxWriter writer = new BoxWriter(catalog, snapshot, brandOf, candidates, filler);
      Box[] boxes = new Box[n];
      forEach(pool, n, i -> boxes[i] = writer.boxOf(i, subscribers.get(i)));
      List<Box> result = List.of(boxes);
      listener.finished(Phase.DESCRIBE);
      return new Assignment(
          result,
          AssignmentReport.unitsUsed(result),
          AssignmentReport.unitsWanted(catalog, candidates),
          AssignmentReport.unitsUsable(catalog, brands.values()),
          MetricsCalculator.of(result, candidates, snapshot.weights()),
          AssignmentReport.brandStock(
              catalog,
              brands.values(),
              atStart,
              AssignmentReport.stockOf(catalog, brands.values(), stock)));
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Boxes left short by a truncated candidate list get their full list, priced like every other,
   * and are filled again.
   */
  private static void refillTruncated(
      CandidateBuilder builder,
      List<Subscriber> subscribers,
      Candidates[] candidates,
      BrandRules[] brandOf,
      BoxFiller filler,
      int[] price) {
    int[] retry =
        IntStream.range(0, candidates.length)
            .filter(i -> candidates[i].truncated() && filler.itemsOf(i) < brandOf[i].recipe.size())
            .toArray();
    for (int i : retry) {
      long[] full = builder.build(i, subscribers.get(i), Integer.MAX_VALUE).entries();
      Prices.reprice(full, price);
      filler.replaceCandidates(i, full);
    }
    if (retry.length > 0) {
      filler.fill(retry);
    }
  }

  /** Polishes every box in the given order. */
  private static void polishAll(int[] order, BoxPolisher polisher) {
    for (int box : order) {
      polisher.polish(box);
    }
  }

  /** Per box, its place when boxes are ordered by points (near-floor bonus aside) over bound. */
  private static int[] rankBySatisfaction(
      Candidates[] candidates, BoxFiller filler, BrandRules[] brandOf, Weights weights) {
    long[] order = new long[candidates.length];
    for (int i = 0; i < order.length; i++) {
      int bound = Math.max(1, candidates[i].bound());
      int points = brandOf[i] == null ? 0 : new BoxPoints(filler, brandOf[i], weights, i).total;
      order[i] = ((1000L * Math.min(points, bound) / bound) << 32) | i;
    }
    java.util.Arrays.sort(order);
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[(int) order[r]] = r;
    }
    return rank;
  }

  /** Boxes ordered by score over bound, lowest first. */
  private static int[] worstServedFirst(Candidates[] candidates, BoxFiller filler) {
    long[] order = new long[candidates.length];
    for (int i = 0; i < order.length; i++) {
      int bound = Math.max(1, candidates[i].preferenceBound());
      long permille = 1000L * Math.min(filler.score[i], bound) / bound;
      order[i] = (permille << 32) | i;
    }
    java.util.Arrays.sort(order);
    int[] boxes = new int[order.length];
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = (int) order[i];
    }
    return boxes;
  }

  private static void forEach(ForkJoinPool pool, int n, IntConsumer action) {
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(action)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("assignment interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
