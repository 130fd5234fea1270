package me.snaq.inventory.assignment.engine;

import static me.snaq.inventory.assignment.engine.EngineTestData.aProduct;
import static me.snaq.inventory.assignment.engine.EngineTestData.aSubscriber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each reason a product is missing from a box, found by the rules the engine applied. */
class WhyNotTest {
  private final List<Product> catalog =
      List.of(
          aProduct("LOVED", "chocolate").withLot(5, 90).build(),
          aProduct("LIKED", "nuts").withLot(5, 90).build(),
          aProduct("ELSEWHERE", "baked").withLot(5, 90).build(),
          aProduct("GONE", "baked").discontinued().withLot(5, 90).build(),
          aProduct("NG", "baked").withLot(5, 90).build(),
          aProduct("ALMOND", "baked").withIngredients("almond", "wheat").withLot(5, 90).build(),
          aProduct("DISLIKED", "baked").withLot(5, 90).build(),
          aProduct("RECENT", "baked").withLot(5, 90).build(),
          aProduct("OLD", "baked").withMinRemainingDays(30).withLot(5, 10).build(),
          aProduct("LIMITED", "baked").withLot(5, 90).build(),
          aProduct("CHOCOLATE2", "chocolate").withLot(5, 90).build(),
          aProduct("SCARCE", "savory").withLot(1, 90).build(),
          aProduct("PLAIN", "savory").withLot(5, 90).build());

  private final BrandSetup standard =
      new BrandSetup(
          "standard",
          new Recipe(2, 1, 0, Map.of(), 0, 28, 0),
          catalog.stream()
              .map(Product::sku)
              .filter(sku -> !sku.equals("ELSEWHERE"))
              .collect(Collectors.toSet()),
          0,
          Map.of("LIMITED", new Quota(0, 0, 0)));

  private final Subscriber picky =
      aSubscriber("picky", "standard")
          .rating("LOVED", Rating.LOVE)
          .rating("LIKED", Rating.LIKE)
          .rating("DISLIKED", Rating.DISLIKE)
          .rating("SCARCE", Rating.OK)
          .withNg("NG")
          .excluding("almond")
          .received("RECENT", 10)
          .build();

  /** Loves SCARCE, so takes its only unit. */
  private final Subscriber rival =
      aSubscriber("rival", "standard")
          .rating("SCARCE", Rating.LOVE)
          .rating("LOVED", Rating.DISLIKE)
          .build();

  @Test
  void shouldNameTheFirstRuleThatKeptEachProductOut() {
    Snapshot snapshot = EngineTestData.snapshot(catalog, List.of(standard), List.of(picky, rival));
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    Box box = assignment.boxes().get(0);
    assertThat(box.items()).extracting(BoxItem::sku).containsExactlyInAnyOrder("LOVED", "LIKED");

    Map<String, WhyNot.Exclusion> why =
        WhyNot.explain(RunContext.of(snapshot, assignment), picky, box).stream()
            .collect(Collectors.toMap(WhyNot.Exclusion::sku, e -> e));

    assertThat(why.keySet()).doesNotContain("LOVED", "LIKED").hasSize(catalog.size() - 2);
    assertThat(why.get("ELSEWHERE").rule()).isEqualTo(WhyNot.Rule.NOT_ELIGIBLE);
    assertThat(why.get("GONE").rule()).isEqualTo(WhyNot.Rule.INACTIVE);
    assertThat(why.get("NG").rule()).isEqualTo(WhyNot.Rule.NG_LIST);
    assertThat(why.get("ALMOND").rule()).isEqualTo(WhyNot.Rule.EXCLUDED_INGREDIENT);
    assertThat(why.get("ALMOND").detail()).isEqualTo("contains almond");
    assertThat(why.get("DISLIKED").rule()).isEqualTo(WhyNot.Rule.DISLIKED);
    assertThat(why.get("RECENT").rule()).isEqualTo(WhyNot.Rule.REPEAT_WINDOW);
    assertThat(why.get("RECENT").detail())
        .contains(EngineTestData.DELIVERY.minusDays(10).toString());
    assertThat(why.get("OLD").rule()).isEqualTo(WhyNot.Rule.NO_STOCK_AT_FLOOR);
    assertThat(why.get("LIMITED").rule()).isEqualTo(WhyNot.Rule.QUOTA);
    assertThat(why.get("CHOCOLATE2").rule()).isEqualTo(WhyNot.Rule.CATEGORY_FULL);
    assertThat(why.get("PLAIN").rule()).isEqualTo(WhyNot.Rule.OUTSCORED);
    assertThat(why.get("PLAIN").points()).isEqualTo(Weights.DEFAULT.discovery());
    assertThat(why.get("NG").points()).isNull();
  }

  @Test
  void shouldSayWhenOtherBoxesTookTheUnitsOfAProductTheBoxWouldHaveTaken() {
    Subscriber wanting = aSubscriber("wanting", "standard").rating("SCARCE", Rating.LIKE).build();
    Subscriber rival =
        aSubscriber("rival", "standard").rating("SCARCE", Rating.LOVE).requesting("SCARCE").build();
    List<Product> two =
        List.of(
            aProduct("SCARCE", "savory").withLot(1, 90).build(),
            aProduct("FILLER", "baked").withLot(5, 90).build());
    BrandSetup line =
        new BrandSetup(
            "standard",
            new Recipe(2, 1, 0, Map.of(), 0, 0, 0),
            Set.of("SCARCE", "FILLER"),
            0,
            Map.of());
    Snapshot snapshot = EngineTestData.snapshot(two, List.of(line), List.of(wanting, rival));
    Assignment assignment = new AssignmentEngine().solve(snapshot);

    List<WhyNot.Exclusion> why =
        WhyNot.explain(RunContext.of(snapshot, assignment), wanting, assignment.boxes().get(0));

    assertThat(why)
        .singleElement()
        .extracting(WhyNot.Exclusion::rule)
        .isEqualTo(WhyNot.Rule.STOCK_TAKEN);
  }
}
