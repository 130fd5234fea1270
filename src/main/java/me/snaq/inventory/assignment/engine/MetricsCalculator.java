package me.snaq.inventory.assignment.engine;

import java.util.Arrays;
import java.util.List;

/** Computes an assignment's {@link Metrics} from its boxes. */
final class MetricsCalculator {
  private MetricsCalculator() {}

  static Metrics of(List<Box> boxes, Candidates[] candidates, Weights weights) {
    int n = boxes.size();
    int[] scores = new int[n];
    double[] satisfaction = new double[n];
    long slots = 0;
    long items = 0;
    long total = 0;
    long preferences = 0;
    long bound = 0;
    int shortBoxes = 0;
    int requests = 0;
    int honoured = 0;
    int discoveries = 0;
    int nearFloor = 0;
    for (int i = 0; i < n; i++) {
      Box box = boxes.get(i);
      scores[i] = box.score();
      int preference = box.score();
      for (BoxItem item : box.items()) {
        preference -= item.nearFloor() ? weights.nearFloorBonus() : 0;
      }
      preferences += preference;
      satisfaction[i] = box.bound() == 0 ? 1.0 : Math.min(1.0, (double) box.score() / box.bound());
      slots += box.size();
      items += box.items().size();
      total += box.score();
      bound += box.bound();
      shortBoxes += box.isShort() ? 1 : 0;
      requests += candidates[i].permittedRequests();
      for (BoxItem item : box.items()) {
        honoured += item.reason() == Reason.REQUESTED ? 1 : 0;
        discoveries += item.discovery() ? 1 : 0;
        nearFloor += item.nearFloor() ? 1 : 0;
      }
    }
    Arrays.sort(scores);
    Arrays.sort(satisfaction);
    return new Metrics(
        n,
        shortBoxes,
        ratio(items, slots),
        total,
        preferences,
        bound,
        bound == 0 ? 0.0 : 1.0 - (double) total / bound,
        n == 0 ? 0 : scores[0],
        n == 0 ? 0 : scores[n / 10],
        n == 0 ? 0.0 : (double) total / n,
        requests,
        honoured,
        ratio(discoveries, items),
        nearFloor,
        mean(satisfaction, n),
        mean(satisfaction, Math.max(1, n / 10)));
  }

  private static double mean(double[] sorted, int count) {
    double sum = 0;
    int used = Math.min(count, sorted.length);
    for (int i = 0; i < used; i++) {
      sum += sorted[i];
    }
    return used == 0 ? 0.0 : sum / used;
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
