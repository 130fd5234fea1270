package me.snaq.inventory.assignment.engine;

import static me.snaq.inventory.assignment.engine.EngineTestData.aProduct;
import static me.snaq.inventory.assignment.engine.EngineTestData.aSubscriber;
import static me.snaq.inventory.assignment.engine.EngineTestData.brand;
import static me.snaq.inventory.assignment.engine.EngineTestData.recipe;
import static me.snaq.inventory.assignment.engine.EngineTestData.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.assignment.validation.BoxValidator;
import org.junit.jupiter.api.Test;

/** Each hard rule of DESIGN 5, alone: the engine keeps it, the box goes short instead. */
class HardRulesTest {
  private final Product cookie = aProduct("COOKIE", "baked").withLot(10, 90).build();
  private final Product nuts =
      aProduct("NUTS", "nuts").withIngredients("almond").withLot(10, 90).build();
  private final Product chips = aProduct("CHIPS", "savory").withLot(10, 90).build();

  private Box onlyBox(Snapshot snapshot) {
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    return assignment.boxes().get(0);
  }

  private Snapshot standardBox(Subscriber subscriber, Product... products) {
    List<Product> catalog = List.of(products);
    return snapshot(
        catalog, List.of(brand("standard", recipe(3, 2), catalog)), List.of(subscriber));
  }

  private static List<String> skus(Box box) {
    return box.items().stream().map(BoxItem::sku).toList();
  }

  @Test
  void shouldNeverSendAProductWithAnExcludedIngredient() {
    Subscriber allergic = aSubscriber("s1", "standard").excluding("almond").build();
    Box box = onlyBox(standardBox(allergic, cookie, nuts, chips));
    assertThat(skus(box)).containsExactlyInAnyOrder("COOKIE", "CHIPS");
    assertThat(box.shortReason()).isEqualTo(ShortReason.NOT_ENOUGH_PERMITTED_PRODUCTS);
  }

  @Test
  void shouldNeverSendAProductOnTheNgListOrRatedDislike() {
    Subscriber picky =
        aSubscriber("s1", "standard").withNg("COOKIE").rating("CHIPS", Rating.DISLIKE).build();
    assertThat(skus(onlyBox(standardBox(picky, cookie, nuts, chips)))).containsExactly("NUTS");
  }

  @Test
  void shouldNotRepeatAProductFromTheLastBoxesOfTheWindow() {
    Recipe lastTwoBoxes = new Recipe(3, 2, 0, Map.of(), 2, 0, 0);
    Subscriber regular =
        aSubscriber("s1", "standard")
            .received("COOKIE", 28)
            .received("NUTS", 56)
            .received("CHIPS", 84)
            .build();
    List<Product> catalog = List.of(cookie, nuts, chips);
    Snapshot snapshot =
        snapshot(catalog, List.of(brand("standard", lastTwoBoxes, catalog)), List.of(regular));
    assertThat(skus(onlyBox(snapshot))).containsExactly("CHIPS");
  }

  @Test
  void shouldCountTheWindowInBoxesGivenApartFromTheLastReceipts() {
    Recipe lastTwoBoxes = new Recipe(3, 2, 0, Map.of(), 2, 0, 0);
    Subscriber regular =
        aSubscriber("s1", "standard")
            .received("COOKIE", 28)
            .received("NUTS", 42)
            .boxesDaysBefore(28, 35, 42)
            .build();
    List<Product> catalog = List.of(cookie, nuts, chips);
    Snapshot snapshot =
        snapshot(catalog, List.of(brand("standard", lastTwoBoxes, catalog)), List.of(regular));
    assertThat(skus(onlyBox(snapshot)))
        .as("NUTS came three boxes ago: a box without a receipt of its own still counts")
        .containsExactlyInAnyOrder("NUTS", "CHIPS");
  }

  @Test
  void shouldNotRepeatAProductReceivedWithinTheWindowDays() {
    Recipe thirtyDays = new Recipe(3, 2, 0, Map.of(), 0, 30, 0);
    Subscriber regular =
        aSubscriber("s1", "standard").received("COOKIE", 29).received("NUTS", 30).build();
    List<Product> catalog = List.of(cookie, nuts, chips);
    Snapshot snapshot =
        snapshot(catalog, List.of(brand("standard", thirtyDays, catalog)), List.of(regular));
    assertThat(skus(onlyBox(snapshot))).containsExactlyInAnyOrder("NUTS", "CHIPS");
  }

  @Test
  void shouldUseOnlyActiveProductsEligibleForTheBrand() {
    Product retired = aProduct("OLD", "candy").discontinued().withLot(10, 90).build();
    List<Product> catalog = List.of(cookie, nuts, retired);
    BrandSetup noNuts = brand("standard", recipe(3, 2), List.of(cookie, retired));
    Snapshot snapshot =
        snapshot(catalog, List.of(noNuts), List.of(aSubscriber("s1", "standard").build()));
    assertThat(skus(onlyBox(snapshot))).containsExactly("COOKIE");
  }

  @Test
  void shouldNeverUseALotBelowTheShelfLifeFloorOfProductBrandOrRecipe() {
    Product product = aProduct("JERKY", "jerky").withMinRemainingDays(30).withLot(5, 29).build();
    Product brandFloor = aProduct("TEA", "tea").withLot(5, 59).build();
    Product recipeFloor = aProduct("NUT", "nuts").withLot(5, 44).withLot(5, 45).build();
    List<Product> catalog = List.of(product, brandFloor, recipeFloor);
    BrandSetup strict =
        new BrandSetup(
            "partner",
            new Recipe(3, 2, 0, Map.of(), 0, 0, 45),
            Set.of("JERKY", "TEA", "NUT"),
            60,
            Map.of());
    Snapshot snapshot =
        snapshot(catalog, List.of(strict), List.of(aSubscriber("s1", "partner").build()));
    assertThat(skus(onlyBox(snapshot))).isEmpty();

    BrandSetup lenient =
        new BrandSetup(
            "partner",
            new Recipe(3, 2, 0, Map.of(), 0, 0, 45),
            Set.of("JERKY", "TEA", "NUT"),
            0,
            Map.of());
    Box box =
        onlyBox(snapshot(catalog, List.of(lenient), List.of(aSubscriber("s1", "partner").build())));
    assertThat(skus(box)).containsExactlyInAnyOrder("TEA", "NUT");
    BoxItem nut = box.items().stream().filter(i -> i.sku().equals("NUT")).findFirst().orElseThrow();
    assertThat(nut.bestBefore()).isEqualTo(EngineTestData.DELIVERY.plusDays(45));
  }

  @Test
  void shouldTakeTheEarliestUsableLotFirst() {
    Product fefo = aProduct("FEFO", "baked").withLot(1, 120).withLot(1, 10).withLot(1, 40).build();
    List<Product> catalog = List.of(fefo);
    BrandSetup brand = brand("standard", recipe(1, 1), catalog);
    List<Subscriber> three =
        List.of(
            aSubscriber("a", "standard").build(),
            aSubscriber("b", "standard").build(),
            aSubscriber("c", "standard").build());
    Assignment assignment = new AssignmentEngine().solve(snapshot(catalog, List.of(brand), three));
    assertThat(assignment.boxes())
        .extracting(b -> b.items().get(0).bestBefore())
        .containsExactlyInAnyOrder(
            EngineTestData.DELIVERY.plusDays(10),
            EngineTestData.DELIVERY.plusDays(40),
            EngineTestData.DELIVERY.plusDays(120));
  }

  @Test
  void shouldNeverServeOneBrandFromAnotherPartnersLots() {
    Product consigned = aProduct("KINOKO", "baked").withLot(10, 90, "kinoko").build();
    List<Product> catalog = List.of(consigned);
    List<BrandSetup> brands =
        List.of(brand("standard", recipe(1, 1), catalog), brand("kinoko", recipe(1, 1), catalog));
    Snapshot snapshot =
        snapshot(
            catalog,
            brands,
            List.of(aSubscriber("s", "standard").build(), aSubscriber("k", "kinoko").build()));
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(assignment.boxes().get(0).items()).isEmpty();
    assertThat(assignment.boxes().get(1).items())
        .extracting(BoxItem::sku)
        .containsExactly("KINOKO");
  }

  @Test
  void shouldKeepEveryBrandWithinItsHouseLimitAndOutOfOtherBrandsRingFences() {
    Product shared = aProduct("SHARED", "baked").withLot(10, 90).build();
    List<Product> catalog = List.of(shared);
    BrandSetup limited =
        new BrandSetup(
            "limited", recipe(1, 1), Set.of("SHARED"), 0, Map.of("SHARED", new Quota(0, 4, 1)));
    BrandSetup fenced =
        new BrandSetup(
            "fenced", recipe(1, 1), Set.of("SHARED"), 0, Map.of("SHARED", new Quota(5, null, 0)));
    BrandSetup open = brand("open", recipe(1, 1), catalog);
    java.util.ArrayList<Subscriber> subscribers = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      subscribers.add(aSubscriber("l" + i, "limited").build());
      subscribers.add(aSubscriber("o" + i, "open").build());
    }
    subscribers.add(aSubscriber("f0", "fenced").build());
    Snapshot snapshot = snapshot(catalog, List.of(limited, fenced, open), subscribers);
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    Map<String, Long> perBrand = unitsPerBrand(assignment);
    assertThat(perBrand.getOrDefault("limited", 0L)).isLessThanOrEqualTo(3);
    assertThat(perBrand.get("fenced")).isEqualTo(1);
    assertThat(perBrand.getOrDefault("limited", 0L) + perBrand.getOrDefault("open", 0L))
        .isEqualTo(5);
  }

  private static Map<String, Long> unitsPerBrand(Assignment assignment) {
    return assignment.boxes().stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Box::brand, java.util.stream.Collectors.summingLong(b -> b.items().size())));
  }

  @Test
  void shouldComposeAGranolaBoxExactlyOrReportTheMissingCategory() {
    Recipe granolaBox = new Recipe(4, 1, 0, Map.of("granola", 1, "topping", 3), 0, 0, 0);
    Product granola = aProduct("GRANOLA", "granola").withLot(1, 90).build();
    List<Product> catalog =
        List.of(
            granola,
            aProduct("G2", "granola").withLot(5, 90).build(),
            aProduct("T1", "topping").withLot(5, 90).build(),
            aProduct("T2", "topping").withLot(5, 90).build(),
            aProduct("T3", "topping").withLot(5, 90).build(),
            aProduct("T4", "topping").withLot(5, 90).build(),
            aProduct("NUTS", "nuts").withLot(5, 90).build());
    BrandSetup brand = brand("granola", granolaBox, catalog);
    Snapshot snapshot =
        snapshot(
            catalog,
            List.of(brand),
            List.of(
                aSubscriber("a", "granola").withNg("G2").build(),
                aSubscriber("b", "granola").withNg("G2").build()));
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    Box full = assignment.boxes().stream().filter(b -> !b.isShort()).findFirst().orElseThrow();
    assertThat(full.items())
        .hasSize(4)
        .extracting(BoxItem::sku)
        .contains("GRANOLA")
        .doesNotContain("NUTS");
    Box missing = assignment.boxes().stream().filter(Box::isShort).findFirst().orElseThrow();
    assertThat(missing.shortReason()).isEqualTo(ShortReason.REQUIRED_CATEGORY_OUT_OF_STOCK);
    assertThat(missing.shortDetail()).isEqualTo("granola 0/1");
    assertThat(missing.items()).hasSize(3).extracting(BoxItem::sku).doesNotContain("NUTS");
  }

  @Test
  void shouldPutAtMostMaxPerCategoryOfOneCategoryInABox() {
    List<Product> catalog =
        List.of(
            aProduct("C1", "chocolate").withLot(5, 90).build(),
            aProduct("C2", "chocolate").withLot(5, 90).build(),
            aProduct("C3", "chocolate").withLot(5, 90).build(),
            aProduct("N1", "nuts").withLot(5, 90).build());
    Snapshot snapshot =
        snapshot(
            catalog,
            List.of(brand("standard", recipe(4, 2), catalog)),
            List.of(aSubscriber("s", "standard").liking("chocolate").build()));
    Box box = onlyBox(snapshot);
    assertThat(box.items()).hasSize(3);
    assertThat(skus(box).stream().filter(s -> s.startsWith("C"))).hasSize(2);
    assertThat(box.shortReason()).isEqualTo(ShortReason.NOT_ENOUGH_PERMITTED_PRODUCTS);
  }

  @Test
  void shouldNeverGiveMoreUnitsThanALotHasAndSayWhyTheRestAreShort() {
    List<Product> catalog = List.of(aProduct("ONE", "baked").withLot(1, 90).build());
    Snapshot snapshot =
        snapshot(
            catalog,
            List.of(brand("standard", recipe(1, 1), catalog)),
            List.of(aSubscriber("a", "standard").build(), aSubscriber("b", "standard").build()));
    Assignment assignment = new AssignmentEngine().solve(snapshot);
    assertThat(BoxValidator.check(snapshot, assignment)).isEmpty();
    assertThat(assignment.boxes())
        .filteredOn(Box::isShort)
        .singleElement()
        .extracting(Box::shortReason)
        .isEqualTo(ShortReason.STOCK_EXHAUSTED);
    assertThat(assignment.unitsUsed()).containsEntry("ONE", 1);
  }

  @Test
  void shouldReportABoxOfABrandWithoutRecipeAsShort() {
    Snapshot snapshot =
        snapshot(List.of(cookie), List.of(), List.of(aSubscriber("s", "tea").build()));
    Box box = onlyBox(snapshot);
    assertThat(box.items()).isEmpty();
    assertThat(box.shortReason()).isEqualTo(ShortReason.NO_RECIPE);
  }
}
