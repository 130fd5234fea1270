package me.snaq.inventory.assignment.engine;

import static me.snaq.inventory.assignment.engine.EngineTestData.DELIVERY;
import static me.snaq.inventory.assignment.engine.EngineTestData.aProduct;
import static me.snaq.inventory.assignment.engine.EngineTestData.aSubscriber;
import static me.snaq.inventory.assignment.engine.EngineTestData.brand;
import static me.snaq.inventory.assignment.engine.EngineTestData.recipe;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.assignment.validation.BoxValidator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The rules that span brands and lots: ring-fences of brands outside the run, FEFO over the final
 * boxes, own stock before the shared pool, and a bound no box can pass.
 */
class SharedStockRulesTest {
  @Test
  void shouldNeverGiveAwayTheRingFenceOfABrandWithNoBoxInTheRun() {
    Product cookie = aProduct("COOKIE", "baked").withLot(25, 90).build();
    List<Product> catalog = List.of(cookie);
    List<Subscriber> due = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      due.add(aSubscriber("s" + i, "standard").build());
    }
    Snapshot snapshot =
        new Snapshot(
            DELIVERY,
            catalog,
            List.of(brand("standard", recipe(1, 1), catalog)),
            due,
            Weights.DEFAULT,
            1L,
            2,
            Map.of("COOKIE", 20));

    Assignment assignment = new AssignmentEngine().solve(snapshot);

    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(assignment.boxes().stream().filter(box -> !box.isShort())).hasSize(5);
  }

  @Test
  void shouldFillEveryBoxFromTheEarliestLotsItsBrandMayUse() {
    // the standard box may use both lots, the strict one only the later: the standard boxes must
    // take the early lot, or the strict boxes go short
    Product cookie = aProduct("COOKIE", "baked").withLot(4, 20).withLot(4, 90).build();
    Product chips = aProduct("CHIPS", "savory").withLot(8, 90).build();
    List<Product> catalog = List.of(cookie, chips);
    Recipe strict = new Recipe(2, 1, 0, Map.of(), 0, 0, 60);
    List<Subscriber> due = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      due.add(aSubscriber("std" + i, "standard").build());
      due.add(aSubscriber("strict" + i, "strict").build());
    }
    Snapshot snapshot =
        EngineTestData.snapshot(
            catalog,
            List.of(
                brand("standard", recipe(2, 1), catalog),
                new BrandSetup("strict", strict, Set.of("COOKIE", "CHIPS"), 0, Map.of())),
            due);

    Assignment assignment = new AssignmentEngine().solve(snapshot);

    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(assignment.boxes()).noneMatch(Box::isShort);
  }

  @Test
  void shouldServeAPartnerFromItsOwnLotsWhenTheHouseStockIsWantedElsewhere() {
    Product nuts = aProduct("NUTS", "nuts").withLot(3, 90).withLot(3, 120, "kinoko").build();
    List<Product> catalog = List.of(nuts);
    List<Subscriber> due = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      due.add(aSubscriber("k" + i, "kinoko").build());
      due.add(aSubscriber("s" + i, "standard").build());
    }
    Snapshot snapshot =
        EngineTestData.snapshot(
            catalog,
            List.of(
                brand("kinoko", recipe(1, 1), catalog), brand("standard", recipe(1, 1), catalog)),
            due);

    Assignment assignment = new AssignmentEngine().solve(snapshot);

    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(assignment.boxes()).noneMatch(Box::isShort);
  }

  @Test
  void shouldNeverScoreABoxAboveItsBound() {
    Product nearFloor = aProduct("COOKIE", "baked").withMinRemainingDays(30).withLot(5, 32).build();
    List<Product> catalog = List.of(nearFloor);
    Snapshot snapshot =
        EngineTestData.snapshot(
            catalog,
            List.of(brand("standard", recipe(1, 1), catalog)),
            List.of(aSubscriber("s", "standard").build()));

    Box box = new AssignmentEngine().solve(snapshot).boxes().get(0);

    assertThat(box.items()).singleElement().matches(BoxItem::nearFloor);
    assertThat(box.score()).isLessThanOrEqualTo(box.bound());
  }

  /** Worlds of several brands and lots: every rule kept, FEFO included, and score <= bound. */
  @Property(tries = 30)
  void shouldKeepEveryRuleOnWorldsOfSeveralBrandsAndLots(
      @ForAll @IntRange(min = 20, max = 400) int boxes,
      @ForAll @IntRange(min = 12, max = 60) int products,
      @ForAll @DoubleRange(min = 0.3, max = 1.5) double supply,
      @ForAll long seed) {
    Snapshot snapshot = SharedWeekGenerator.generate(boxes, products, supply, seed);
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(assignment.boxes()).allMatch(box -> box.score() <= box.bound());
    assertThat(assignment.metrics().totalScore())
        .isLessThanOrEqualTo(assignment.metrics().upperBound());
  }
}
