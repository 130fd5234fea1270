package me.snaq.inventory.assignment.run;

import static me.snaq.inventory.support.TestData.createBoxLine;
import static me.snaq.inventory.support.TestData.createProduct;
import static me.snaq.inventory.support.TestData.receiveLot;
import static me.snaq.inventory.support.TestData.subscriber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.engine.Box;
import me.snaq.inventory.assignment.engine.BoxItem;
import me.snaq.inventory.assignment.engine.ShortReason;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** Pre-assignment on the real database: the loader's view of catalog, stock and subscribers. */
@QuarkusTest
class AssignmentPlannerTest {
  @Inject AssignmentPlanner planner;

  private final LocalDate delivery = TestData.today().plusDays(7);

  @Test
  void shouldPlanEveryDueBoxByTheRulesWithoutTouchingStock() {
    String brand = createBoxLine();
    putRecipe(brand, 3);
    String choc = createProduct("chocolate", brand);
    String nuts = createProduct("nuts", brand);
    String baked = createProduct("baked", brand);
    String tea = createProduct("tea", brand);
    long chocLot = 0;
    for (String sku : List.of(choc, nuts, baked, tea)) {
      long lot = receiveLot(sku, null, delivery.plusDays(90), 10);
      chocLot = sku.equals(choc) ? lot : chocLot;
    }
    String tooShort = createProduct("candy", brand);
    receiveLot(tooShort, null, delivery.plusDays(10), 10);
    String noNg = TestData.unique("sub");
    String dislikesNuts = TestData.unique("sub");
    String paused = TestData.unique("sub");
    String later = TestData.unique("sub");
    Map<String, Object> a = subscriber(noNg, brand);
    a.put("ngSkus", List.of(choc));
    Map<String, Object> b = subscriber(dislikesNuts, brand);
    b.put("ratings", Map.of(nuts, "DISLIKE"));
    Map<String, Object> c = subscriber(paused, brand);
    c.put("status", "PAUSED");
    Map<String, Object> d = subscriber(later, brand);
    d.put("nextDeliveryDate", delivery.plusDays(14).toString());
    Api.staff().body(List.of(a, b, c, d)).put("/v1/subscribers").then().statusCode(200);

    AssignmentPlanner.Plan plan = planner.plan(delivery, List.of(brand), 1);

    assertThat(plan.assignment().boxes())
        .extracting(Box::subscriberId)
        .containsExactlyInAnyOrder(noNg, dislikesNuts);
    assertThat(skusOf(plan, noNg)).containsExactlyInAnyOrder(nuts, baked, tea);
    assertThat(skusOf(plan, dislikesNuts)).containsExactlyInAnyOrder(choc, baked, tea);
    Api.staff().get("/v1/lots/{id}", chocLot).then().statusCode(200).body("reserved", equalTo(0));
  }

  @Test
  void shouldReportBoxesOfABrandWithoutRecipeShort() {
    String brand = createBoxLine();
    String id = TestData.createSubscriber(brand);
    Box box =
        planner.plan(delivery, List.of(brand), 1).assignment().boxes().stream()
            .filter(x -> x.subscriberId().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(box.shortReason()).isEqualTo(ShortReason.NO_RECIPE);
  }

  private static void putRecipe(String brand, int size) {
    Api.staff()
        .body(Map.of("size", size, "maxPerCategory", 1, "discoverySlots", 0))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(201);
  }

  private static List<String> skusOf(AssignmentPlanner.Plan plan, String subscriberId) {
    return plan.assignment().boxes().stream()
        .filter(box -> box.subscriberId().equals(subscriberId))
        .flatMap(box -> box.items().stream())
        .map(BoxItem::sku)
        .toList();
  }
}
