package me.snaq.inventory.assignment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import me.snaq.inventory.assignment.validation.BoxValidator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Random instances of every shape the generator makes (partner lots, quotas, floors, scarce and
 * plentiful stock): no hard rule is ever broken, and the same seed gives the same boxes.
 */
class EnginePropertiesTest {
  @Property(tries = 40)
  void shouldNeverBreakAHardRule(
      @ForAll @IntRange(min = 1, max = 400) int subscribers,
      @ForAll @IntRange(min = 5, max = 120) int products,
      @ForAll @DoubleRange(min = 0.05, max = 3.0) double supply,
      @ForAll long seed) {
    Snapshot snapshot =
        InstanceGenerator.seeded(seed)
            .products(products)
            .supply(supply)
            .scarceShare(0.2)
            .generate(subscribers, seed, 2);
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(new AssignmentEngine().solve(snapshot).boxes()).isEqualTo(assignment.boxes());
  }
}
