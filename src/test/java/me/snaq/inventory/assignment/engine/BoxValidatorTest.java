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
    Assignment planted = new Assignment(boxes, Map.of(), Map.of(), Map.of(), null);
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
            BoxValidator.check(limited, new Assignment(boxes, Map.of(), Map.of(), Map.of(), null)))
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
            BoxValidator.check(fenced, new Assignment(boxes, Map.of(), Map.of(), Map.of(), null)))
        .extracting(Violation::rule)
        .containsExactly("RING_FENCE");
  }
}
