package me.snaq.inventory.assignment.engine;

import java.util.List;
import java.util.Map;

/**
 * The simple baseline the benchmark compares with: subscribers in turn, each taking their favourite
 * permitted products that still have stock (serial dictatorship). Same hard rules and the same box
 * description as the engine, none of its prices, exchanges or polishing.
 */
final class GreedyBaseline {
  private GreedyBaseline() {}

  static Assignment solve(Snapshot snapshot) {
    Catalog catalog = new Catalog(snapshot.products());
    Map<String, BrandRules> brands = BrandRules.byCode(snapshot, catalog);
    StockBook stock = new StockBook(catalog, brands.values().toArray(BrandRules[]::new), snapshot);
    CandidateBuilder builder = new CandidateBuilder(catalog, brands, stock, snapshot);
    List<Subscriber> subscribers = snapshot.subscribers();
    int n = subscribers.size();
    Candidates[] candidates = new Candidates[n];
    BrandRules[] brandOf = new BrandRules[n];
    long[][] entries = new long[n][];
    for (int i = 0; i < n; i++) {
      candidates[i] = builder.build(i, subscribers.get(i), Integer.MAX_VALUE);
      brandOf[i] = brands.get(subscribers.get(i).brand());
      entries[i] = candidates[i].entries();
    }
    BoxFiller filler = new BoxFiller(catalog, stock, brandOf, entries, snapshot);
    for (int i = 0; i < n; i++) {
      filler.fill(new int[] {i});
    }
    BoxWriter writer = new BoxWriter(catalog, snapshot, brandOf, candidates, filler);
    Box[] boxes = new Box[n];
    for (int i = 0; i < n; i++) {
      boxes[i] = writer.boxOf(i, subscribers.get(i));
    }
    List<Box> result = List.of(boxes);
    return new Assignment(
        result,
        Map.of(),
        Map.of(),
        Map.of(),
        MetricsCalculator.of(result, candidates, snapshot.weights()),
        List.of());
  }
}
