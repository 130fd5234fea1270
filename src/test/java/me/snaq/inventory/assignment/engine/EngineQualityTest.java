package me.snaq.inventory.assignment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import me.snaq.inventory.assignment.validation.BoxValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's total against the proven optimum of a mixed-integer programme ({@link ExactSolver})
 * on instances with scarce stock: within 1%, with every box valid.
 */
class EngineQualityTest {
  @ParameterizedTest(name = "{0} boxes, {1} products, supply {2}, seed {3}")
  @CsvSource({
    "200, 40, 1.0, 1",
    "500, 60, 1.0, 11",
    "500, 60, 1.3, 12",
    "1000, 80, 1.1, 13",
    "2000, 80, 1.2, 14"
  })
  void shouldComeWithinOnePercentOfTheOptimum(int boxes, int products, double supply, long seed) {
    Snapshot snapshot =
        InstanceGenerator.seeded(seed)
            .products(products)
            .supply(supply)
            .houseStockOnly()
            .generate(boxes, seed, 2);
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    ExactSolver.Optimum optimum = ExactSolver.solve(snapshot, 120);

    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(optimum.proven()).isTrue();
    assertThat(assignment.metrics().totalScore()).isLessThanOrEqualTo(optimum.objective());
    double gap = 1.0 - (double) assignment.metrics().totalScore() / optimum.objective();
    System.out.printf(
        "quality: %d boxes, %d products, supply %.1f: engine %d, optimum %d, gap %.3f%%, solver %.1f s%n",
        boxes,
        products,
        supply,
        assignment.metrics().totalScore(),
        optimum.objective(),
        100 * gap,
        optimum.seconds());
    assertThat(gap).isLessThanOrEqualTo(0.01);
  }
}
