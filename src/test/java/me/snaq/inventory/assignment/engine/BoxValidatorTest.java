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
import me.snaq.inventory.assignment.validation.Violation;
import org.junit.jupiter.api.Test;

/** The validator must catch what it exists to catch: boxes planted with broken rules. */
class BoxValidatorTest {
  private final Product cookie =
      aProduct("COOKIE", "baked").withIngredients("wheat").withLot(1, 90).build();
  private final Product old =
      aProduct("OLD", "baked").withMinRemainingDays(30).withLot(5, 10).build();
  private final List<Product> catalog = List.of(cookie, old);
  private final Lot cookieLot = cookie.lots().get(0);

  private List<String> rulesBroken(Subscriber subscriber, List<BoxItem> items) {
    return rulesBroken(List.of(subscriber), List.of(items));
  }

  private List<String> rulesBroken(List<Subscriber> subscribers, List<List<BoxItem>> items) {
    Snapshot snapshot =
        snapshot(catalog, List.of(brand("standard", recipe(2, 1), catalog)), subscribers);
    List<Box> boxes = new java.util.ArrayList<>();
    for (int i = 0; i < subscribers.size(); i++) {
      List<BoxItem> boxItems = items.get(i);
      boxes.add(
          new Box(
              subscribers.get(i).id(),
              "standard",
              2,
              boxItems,
              0,
              0,
              boxItems.size() < 2 ? ShortReason.STOCK_EXHAUSTED : null,
              null));
    }
    Assignment planted = new Assignment(boxes, Map.of(), Map.of(), Map.of(), null, List.of());
    return BoxValidator.check(snapshot, planted).stream().map(Violation::rule).toList();
  }

  private BoxItem item(Product product, Lot lot) {
    return new BoxItem(product.sku(), lot.id(), lot.bestBefore(), 0, Reason.DISCOVERY, true, false);
  }

  @Test
  void shouldAcceptAValidBox() {
    assertThat(rulesBroken(aSubscriber("s", "standard").build(), List.of(item(cookie, cookieLot))))
        .isEmpty();
  }

  @Test
  void shouldCatchEachBrokenRuleOfOneBox() {
    BoxItem cookieItem = item(cookie, cookieLot);
    assertThat(
            rulesBroken(aSubscriber("s", "standard").withNg("COOKIE").build(), List.of(cookieItem)))
        .containsExactly("NG_LIST");
    assertThat(
            rulesBroken(
                aSubscriber("s", "standard").excluding("wheat").build(), List.of(cookieItem)))
        .containsExactly("EXCLUDED_INGREDIENT");
    assertThat(
            rulesBroken(
                aSubscriber("s", "standard").rating("COOKIE", Rating.DISLIKE).build(),
                List.of(cookieItem)))
        .containsExactly("DISLIKED");
    assertThat(
            rulesBroken(
                aSubscriber("s", "standard").build(), List.of(item(old, old.lots().get(0)))))
        .containsExactly("SHELF_LIFE_FLOOR");
    assertThat(
            rulesBroken(
                aSubscriber("s", "standard").build(), List.of(item(cookie, old.lots().get(0)))))
        .containsExactly("WRONG_LOT");
    assertThat(rulesBroken(aSubscriber("s", "standard").build(), List.of(cookieItem, cookieItem)))
        .contains("DUPLICATE", "CATEGORY_CAP");
  }

  @Test
  void shouldCatchALotGivingMoreUnitsThanItHas() {
    BoxItem cookieItem = item(cookie, cookieLot);
    assertThat(
            rulesBroken(
                List.of(aSubscriber("a", "standard").build(), aSubscriber("b", "standard").build()),
                List.of(List.of(cookieItem), List.of(cookieItem))))
        .containsExactly("LOT_OVERDRAWN");
  }

  @Test
  void shouldCatchAHouseLimitExceededAndARingFenceTaken() {
    Subscriber subscriber = aSubscriber("s", "standard").build();
    BoxItem cookieItem = item(cookie, cookieLot);
    List<Box> boxes =
        List.of(
            new Box(
                "s", "standard", 2, List.of(cookieItem), 0, 0, ShortReason.STOCK_EXHAUSTED, null));
    BrandSetup noHouse =
        new BrandSetup(
            "standard",
            recipe(2, 1),
            java.util.Set.of("COOKIE", "OLD"),
            0,
            Map.of("COOKIE", new Quota(0, 0, 0)));
    Snapshot limited = snapshot(catalog, List.of(noHouse), List.of(subscriber));
    assertThat(
            BoxValidator.check(
                limited, new Assignment(boxes, Map.of(), Map.of(), Map.of(), null, List.of())))
        .extracting(Violation::rule)
        .containsExactly("QUOTA_LIMIT");

    BrandSetup fencing =
        new BrandSetup(
            "fencing",
            recipe(2, 1),
            java.util.Set.of("COOKIE"),
            0,
            Map.of("COOKIE", new Quota(1, null, 0)));
    Snapshot fenced =
        snapshot(
            catalog,
            List.of(brand("standard", recipe(2, 1), catalog), fencing),
            List.of(subscriber));
    assertThat(
            BoxValidator.check(
                fenced, new Assignment(boxes, Map.of(), Map.of(), Map.of(), null, List.of())))
        .extracting(Violation::rule)
        .containsExactly("RING_FENCE");
  }

  private static Assignment oneBox(String brand, int size, BoxItem... items) {
    Box box =
        new Box(
            "s",
            brand,
            size,
            List.of(items),
            0,
            0,
            items.length < size ? ShortReason.STOCK_EXHAUSTED : null,
            null);
    return new Assignment(List.of(box), Map.of(), Map.of(), Map.of(), null, List.of());
  }

  @Test
  void shouldCatchTheRingFenceOfABrandOutsideTheSnapshotTaken() {
    Product nuts = aProduct("NUTS", "nuts").withLot(2, 90).build();
    List<Product> products = List.of(nuts);
    Snapshot fencedOutside =
        new Snapshot(
            EngineTestData.DELIVERY,
            products,
            List.of(brand("standard", recipe(1, 1), products)),
            List.of(aSubscriber("s", "standard").build()),
            Weights.DEFAULT,
            1L,
            2,
            Map.of("NUTS", 2));
    assertThat(
            BoxValidator.check(
                fencedOutside, oneBox("standard", 1, item(nuts, nuts.lots().get(0)))))
        .extracting(Violation::rule)
        .containsExactly("RING_FENCE");
  }

  @Test
  void shouldCatchAUnitOfALaterLotWhileAnEarlierOneTheBrandMayUseKeepsUnits() {
    Product nuts = aProduct("NUTS", "nuts").withLot(1, 40).withLot(1, 90).build();
    List<Product> products = List.of(nuts);
    Lot early = nuts.lots().get(0);
    Lot late = nuts.lots().get(1);
    Snapshot lax =
        snapshot(
            products,
            List.of(brand("standard", recipe(1, 1), products)),
            List.of(aSubscriber("s", "standard").build()));
    assertThat(BoxValidator.check(lax, oneBox("standard", 1, item(nuts, late))))
        .extracting(Violation::rule)
        .containsExactly("FEFO");
    assertThat(BoxValidator.check(lax, oneBox("standard", 1, item(nuts, early)))).isEmpty();

    Snapshot strict =
        snapshot(
            products,
            List.of(
                new BrandSetup(
                    "strict",
                    new Recipe(1, 1, 0, Map.of(), 0, 0, 60),
                    Set.of("NUTS"),
                    0,
                    Map.of())),
            List.of(aSubscriber("s", "strict").build()));
    assertThat(BoxValidator.check(strict, oneBox("strict", 1, item(nuts, late))))
        .as("the earlier lot is below the strict box's floor")
        .isEmpty();
  }

  @Test
  void shouldAcceptAPartnersOwnLaterLotWhenItsHouseLimitIsReached() {
    Product nuts = aProduct("NUTS", "nuts").withLot(1, 40).withLot(1, 90, "kinoko").build();
    List<Product> products = List.of(nuts);
    Lot own = nuts.lots().get(1);
    BrandSetup free = new BrandSetup("kinoko", recipe(1, 1), Set.of("NUTS"), 0, Map.of());
    BrandSetup limited =
        new BrandSetup(
            "kinoko", recipe(1, 1), Set.of("NUTS"), 0, Map.of("NUTS", new Quota(0, 2, 2)));
    List<Subscriber> due = List.of(aSubscriber("s", "kinoko").build());
    assertThat(
            BoxValidator.check(
                snapshot(products, List.of(free), due), oneBox("kinoko", 1, item(nuts, own))))
        .extracting(Violation::rule)
        .containsExactly("FEFO");
    assertThat(
            BoxValidator.check(
                snapshot(products, List.of(limited), due), oneBox("kinoko", 1, item(nuts, own))))
        .isEmpty();
  }
}
