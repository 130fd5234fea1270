package me.snaq.inventory.assignment.engine;

import static me.snaq.inventory.assignment.engine.EngineTestData.aProduct;
import static me.snaq.inventory.assignment.engine.EngineTestData.aSubscriber;
import static me.snaq.inventory.assignment.engine.EngineTestData.brand;
import static me.snaq.inventory.assignment.engine.EngineTestData.recipe;
import static me.snaq.inventory.assignment.engine.EngineTestData.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.validation.BoxValidator;
import org.junit.jupiter.api.Test;

/** The soft side of DESIGN 5: what the engine prefers when the rules leave a choice. */
class PreferencesTest {
  private static Assignment solveValid(Snapshot snapshot) {
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    return assignment;
  }

  @Test
  void shouldRankRequestsThenLoveThenLikeThenLikedCategoryThenDiscoveryThenOk() {
    List<Product> catalog =
        List.of(
            aProduct("REQ", "a").withLot(5, 90).build(),
            aProduct("LOVE", "b").withLot(5, 90).build(),
            aProduct("LIKE", "c").withLot(5, 90).build(),
            aProduct("CAT", "d").withLot(5, 90).build(),
            aProduct("NEW", "e").withLot(5, 90).build(),
            aProduct("OK", "f").withLot(5, 90).build());
    Subscriber subscriber =
        aSubscriber("s", "standard")
            .requesting("REQ")
            .rating("LOVE", Rating.LOVE)
            .rating("LIKE", Rating.LIKE)
            .liking("d")
            .rating("CAT", Rating.OK)
            .rating("OK", Rating.OK)
            .build();
    for (int size = 1; size <= 6; size++) {
      Snapshot snapshot =
          snapshot(
              catalog, List.of(brand("standard", recipe(size, 1), catalog)), List.of(subscriber));
      Box box = solveValid(snapshot).boxes().get(0);
      assertThat(box.items())
          .extracting(BoxItem::sku)
          .containsExactlyInAnyOrderElementsOf(
              List.of("REQ", "LOVE", "LIKE", "CAT", "NEW", "OK").subList(0, size));
    }
  }

  @Test
  void shouldGiveAScarceProductToTheSubscriberWhoLovesItWhenTheOtherHasAnEqualAlternative() {
    List<Product> catalog =
        List.of(
            aProduct("SCARCE", "a").withLot(1, 90).build(),
            aProduct("PLENTY", "b").withLot(10, 90).build());
    Subscriber fan =
        aSubscriber("fan", "standard")
            .rating("SCARCE", Rating.LOVE)
            .rating("PLENTY", Rating.OK)
            .build();
    Subscriber either =
        aSubscriber("either", "standard")
            .rating("SCARCE", Rating.LIKE)
            .rating("PLENTY", Rating.LIKE)
            .build();
    Snapshot snapshot =
        snapshot(catalog, List.of(brand("standard", recipe(1, 1), catalog)), List.of(either, fan));
    Assignment assignment = solveValid(snapshot);
    assertThat(assignment.boxes().get(1).items())
        .extracting(BoxItem::sku)
        .containsExactly("SCARCE");
    assertThat(assignment.boxes().get(0).items())
        .extracting(BoxItem::sku)
        .containsExactly("PLENTY");
  }

  @Test
  void shouldFillDiscoverySlotsWithProductsTheSubscriberNeverHadNorRated() {
    List<Product> catalog =
        List.of(
            aProduct("L1", "a").withLot(5, 90).build(),
            aProduct("L2", "b").withLot(5, 90).build(),
            aProduct("L3", "c").withLot(5, 90).build(),
            aProduct("NEW1", "d").withLot(5, 90).build(),
            aProduct("NEW2", "e").withLot(5, 90).build());
    Subscriber fan =
        aSubscriber("s", "standard")
            .rating("L1", Rating.LOVE)
            .rating("L2", Rating.LOVE)
            .rating("L3", Rating.LOVE)
            .build();
    Recipe twoDiscoveries = new Recipe(3, 1, 2, Map.of(), 0, 0, 0);
    Snapshot snapshot =
        snapshot(catalog, List.of(brand("standard", twoDiscoveries, catalog)), List.of(fan));
    Box box = solveValid(snapshot).boxes().get(0);
    assertThat(box.items()).filteredOn(BoxItem::discovery).hasSize(2);
    assertThat(box.items())
        .filteredOn(i -> i.reason() == Reason.DISCOVERY)
        .extracting(BoxItem::score)
        .containsOnly(70);
  }

  @Test
  void shouldPreferAShortDatedLotAndSayItWasNearItsFloor() {
    List<Product> catalog =
        List.of(
            aProduct("SHORT", "a").withMinRemainingDays(30).withLot(5, 35).build(),
            aProduct("FRESH", "b").withMinRemainingDays(30).withLot(5, 120).build());
    Snapshot snapshot =
        snapshot(
            catalog,
            List.of(brand("standard", recipe(1, 1), catalog)),
            List.of(
                aSubscriber("s", "standard")
                    .rating("SHORT", Rating.OK)
                    .rating("FRESH", Rating.OK)
                    .build()));
    Assignment assignment = solveValid(snapshot);
    BoxItem item = assignment.boxes().get(0).items().get(0);
    assertThat(item.sku()).isEqualTo("SHORT");
    assertThat(item.nearFloor()).isTrue();
    assertThat(item.score()).isEqualTo(Weights.DEFAULT.ok() + Weights.DEFAULT.nearFloorBonus());
    assertThat(assignment.metrics().nearFloorUnits()).isEqualTo(1);
  }

  @Test
  void shouldGiveTheSameBoxesForTheSameSeedWhateverTheParallelism() {
    Snapshot one = InstanceGenerator.seeded(5).generate(3_000, 9, 1);
    Snapshot two =
        new Snapshot(
            one.deliveryDate(),
            one.products(),
            one.brands(),
            one.subscribers(),
            one.weights(),
            9,
            2);
    assertThat(new AssignmentEngine().solve(one).boxes())
        .isEqualTo(new AssignmentEngine().solve(two).boxes());
  }

  @Test
  void shouldReportMetricsThatAddUp() {
    Snapshot snapshot = InstanceGenerator.seeded(8).supply(1.1).generate(2_000, 3, 2);
    Assignment assignment = solveValid(snapshot);
    Metrics metrics = assignment.metrics();
    long total = assignment.boxes().stream().mapToLong(Box::score).sum();
    long bound = assignment.boxes().stream().mapToLong(Box::bound).sum();
    assertThat(metrics.boxes()).isEqualTo(2_000);
    assertThat(metrics.totalScore()).isEqualTo(total);
    assertThat(metrics.upperBound())
        .isEqualTo(bound)
        .isGreaterThanOrEqualTo(metrics.preferenceScore());
    assertThat(metrics.shortBoxes())
        .isEqualTo(assignment.boxes().stream().filter(Box::isShort).count());
    assertThat(metrics.minScore()).isLessThanOrEqualTo(metrics.p10Score());
    assertThat(metrics.worstTenthSatisfaction()).isLessThanOrEqualTo(metrics.meanSatisfaction());
    assertThat(metrics.requestsHonoured()).isLessThanOrEqualTo(metrics.requests()).isPositive();
    assertThat(assignment.unitsUsed().values().stream().mapToLong(Integer::longValue).sum())
        .isEqualTo(assignment.boxes().stream().mapToLong(b -> b.items().size()).sum());
  }
}
