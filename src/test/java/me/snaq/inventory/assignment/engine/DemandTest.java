package me.snaq.inventory.assignment.engine;

import static me.snaq.inventory.assignment.engine.EngineTestData.aProduct;
import static me.snaq.inventory.assignment.engine.EngineTestData.aSubscriber;
import static me.snaq.inventory.assignment.engine.EngineTestData.brand;
import static me.snaq.inventory.assignment.engine.EngineTestData.recipe;
import static me.snaq.inventory.assignment.engine.EngineTestData.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The units the boxes would want were every product in stock: the demand set against stock. */
class DemandTest {

  @Test
  void shouldWantTheLovedProductThatHasNoStockForTheBrandAndUseWhatIsThere() {
    List<Product> catalog =
        List.of(
            aProduct("LOVED", "a").withLot(50, 90, "another-brand").build(),
            aProduct("NEW", "b").withLot(100, 90).build(),
            aProduct("DISLIKED", "c").withLot(100, 90).build());
    List<Subscriber> subscribers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      subscribers.add(
          aSubscriber("s" + i, "standard")
              .rating("LOVED", Rating.LOVE)
              .rating("DISLIKED", Rating.DISLIKE)
              .build());
    }

    Assignment assignment =
        new AssignmentEngine()
            .solve(
                snapshot(catalog, List.of(brand("standard", recipe(1, 1), catalog)), subscribers));

    assertThat(assignment.unitsWanted())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("LOVED", 10));
    assertThat(assignment.unitsUsed())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("NEW", 10));
    // Another brand's lot of LOVED is nothing the standard box may use.
    assertThat(assignment.unitsUsable())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("NEW", 100, "DISLIKED", 100));
  }

  @Test
  void shouldSpreadTheDemandOverEquallyPreferredProducts() {
    List<Product> catalog = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      catalog.add(aProduct("NEW-" + p, "category-" + p).withLot(10_000, 90).build());
    }
    List<Subscriber> subscribers = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      subscribers.add(aSubscriber("s" + i, "standard").build());
    }

    Assignment assignment =
        new AssignmentEngine()
            .solve(
                snapshot(catalog, List.of(brand("standard", recipe(1, 1), catalog)), subscribers));

    assertThat(assignment.unitsWanted().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(2_000);
    assertThat(assignment.unitsWanted())
        .as("ties between equally preferred products are split, not all given to one")
        .hasSize(4)
        .allSatisfy((sku, units) -> assertThat(units).isBetween(400, 600));
  }
}
