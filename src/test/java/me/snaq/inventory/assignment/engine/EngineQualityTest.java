package me.snaq.inventory.assignment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import me.snaq.inventory.assignment.validation.BoxValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against the proven optimum of a mixed-integer programme ({@link ExactSolver}) on
 * instances with scarce stock: within 1% of its total, no more than 10% (or 2) more empty slots,
 * its worst-served tenth of boxes within 0.02 of the optimum's, every box valid.
 */
class EngineQualityTest {
  @ParameterizedTest(
      name = "one brand's house stock: {0} boxes, {1} products, supply {2}, seed {3}")
  @CsvSource({
    "200, 40, 1.0, 1",
    "500, 60, 1.0, 11",
    "500, 60, 1.3, 12",
    "1000, 80, 1.1, 13",
    "2000, 80, 1.2, 14"
  })
  void shouldComeCloseToTheOptimumOnHouseStock(int boxes, int products, double supply, long seed) {
    Snapshot snapshot =
        InstanceGenerator.seeded(seed)
            .products(products)
            .supply(supply)
            .houseStockOnly()
            .generate(boxes, seed, 2);
    assertCloseToTheOptimum("house stock", snapshot);
  }

  @ParameterizedTest(
      name = "two box lines and a partner: {0} boxes, {1} products, {2}/slot, seed {3}")
  @CsvSource({
    "300, 40, 1.0, 21",
    "300, 40, 1.2, 22",
    "600, 60, 1.0, 23",
    "600, 60, 1.1, 24",
    "1000, 60, 1.0, 25",
    "1000, 80, 1.2, 26"
  })
  void shouldComeCloseToTheOptimumOnSharedStock(int boxes, int products, double supply, long seed) {
    assertCloseToTheOptimum(
        "shared stock", SharedWeekGenerator.generate(boxes, products, supply, seed));
  }

  private static void assertCloseToTheOptimum(String world, Snapshot snapshot) {
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    ExactSolver.Optimum optimum = ExactSolver.solve(snapshot, 120);
    List<Box> boxes = assignment.boxes();
    int engineEmpty = 0;
    int optimumEmpty = 0;
    int engineShort = 0;
    int optimumShort = 0;
    for (int i = 0; i < boxes.size(); i++) {
      Box box = boxes.get(i);
      engineEmpty += box.size() - box.items().size();
      optimumEmpty += box.size() - optimum.itemsOf(i);
      engineShort += box.isShort() ? 1 : 0;
      optimumShort += optimum.itemsOf(i) < box.size() ? 1 : 0;
    }
    double gap = 1.0 - (double) assignment.metrics().totalScore() / optimum.objective();
    double engineWorst = worstTenth(boxes, boxes.stream().mapToInt(Box::score).toArray());
    double optimumWorst = worstTenth(boxes, optimum.boxScores());
    System.out.printf(
        "quality | %s | %d | %d | %d | %d | %.2f%% | %d | %d | %d | %d | %.3f | %.3f | %.1f s%n",
        world,
        boxes.size(),
        snapshot.brands().size(),
        assignment.metrics().totalScore(),
        optimum.objective(),
        100 * gap,
        engineEmpty,
        optimumEmpty,
        engineShort,
        optimumShort,
        engineWorst,
        optimumWorst,
        optimum.seconds());

    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(optimum.proven()).isTrue();
    assertThat(boxes).allSatisfy(box -> assertThat(box.score()).isLessThanOrEqualTo(box.bound()));
    assertThat(assignment.metrics().totalScore()).isLessThanOrEqualTo(optimum.objective());
    assertThat(gap).isLessThanOrEqualTo(0.01);
    assertThat(engineEmpty)
        .isLessThanOrEqualTo(Math.max(optimumEmpty + 2, (int) (optimumEmpty * 1.1)));
    assertThat(engineWorst).isGreaterThanOrEqualTo(optimumWorst - 0.02);
  }

  /** The mean of score / bound over the worst-served tenth of boxes (the engine's bounds). */
  private static double worstTenth(List<Box> boxes, int[] scores) {
    double[] satisfaction = new double[boxes.size()];
    for (int i = 0; i < satisfaction.length; i++) {
      int bound = boxes.get(i).bound();
      satisfaction[i] = bound == 0 ? 1.0 : Math.min(1.0, (double) scores[i] / bound);
    }
    Arrays.sort(satisfaction);
    int tenth = Math.max(1, satisfaction.length / 10);
    return Arrays.stream(satisfaction, 0, tenth).average().orElse(1.0);
  }
}
