package me.snaq.inventory.subscriber;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** The facade the assignment module loads a delivery date's subscribers through. */
@QuarkusTest
class DueSubscribersTest {
  @Inject SubscriberService subscribers;

  @Test
  void shouldLoadTheActiveSubscribersOfTheBrandsDueOnTheDateWithProfileAndHistory() {
    String standard = TestData.createBoxLine();
    String granola = TestData.createBoxLine();
    String elsewhere = TestData.createBoxLine();
    String nuts = TestData.createProduct("nuts", standard);
    String chocolate = TestData.createProduct("chocolate", standard);
    LocalDate date = today().plusDays(5);
    String due = "a-" + TestData.unique("due");
    String alsoDue = "b-" + TestData.unique("due");
    Map<String, Object> profile = TestData.subscriber(due, standard);
    profile.put("nextDeliveryDate", date.toString());
    profile.put("ngSkus", List.of(chocolate));
    profile.put("ratings", Map.of(nuts, "LOVE"));
    profile.put("excludedIngredients", List.of("peanut"));
    Map<String, Object> paused = subscriber(standard, date);
    paused.put("status", "PAUSED");
    upsert(
        profile,
        subscriber(granola, date).with("id", alsoDue),
        paused,
        subscriber(standard, date.plusDays(1)),
        subscriber(elsewhere, date));
    importHistory(
        Map.of(due, List.of(nuts), alsoDue, List.of()),
        today().minusDays(28),
        today().minusDays(14));
    importHistory(Map.of(due, List.of(chocolate)), today().minusDays(28));

    List<DueSubscriber> loaded = subscribers.dueOn(date, List.of(standard, granola));

    assertThat(loaded).extracting(DueSubscriber::id).containsExactly(due, alsoDue);
    DueSubscriber first = loaded.get(0);
    assertThat(first.brand()).isEqualTo(standard);
    assertThat(first.deliveryDate()).isEqualTo(date);
    assertThat(first.ngSkus()).containsExactly(chocolate);
    assertThat(first.excludedIngredients()).containsExactly("peanut");
    assertThat(first.ratings()).containsExactly(Map.entry(nuts, Rating.LOVE));
    assertThat(first.lastReceived())
        .containsOnly(
            Map.entry(nuts, today().minusDays(14)), Map.entry(chocolate, today().minusDays(28)));
    assertThat(first.recentBoxDates())
        .containsExactly(today().minusDays(14), today().minusDays(28));
    assertThat(first.isDiscovery(nuts)).isFalse();
    assertThat(first.isDiscovery("NEVER-SEEN")).isTrue();
    assertThat(loaded.get(1).lastReceived()).isEmpty();
    assertThat(loaded.get(1).recentBoxDates()).isEmpty();
  }

  @Test
  void shouldKeepTheLatestBoxDatesOnlyAndIgnoreDeliveriesFromTheDateOn() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    String id = TestData.unique("due");
    LocalDate date = today();
    upsert(subscriber(brand, date).with("id", id));
    List<Map<String, Object>> rows = new ArrayList<>();
    IntStream.rangeClosed(0, SubscriberService.MAX_BOX_DATES + 1)
        .forEach(
            days ->
                rows.add(
                    Map.of(
                        "subscriberId",
                        id,
                        "sku",
                        sku,
                        "deliveryDate",
                        date.minusDays(days).toString())));
    Api.staff().body(rows).post("/v1/subscribers/deliveries").then().statusCode(200);

    DueSubscriber loaded = subscribers.dueOn(date, List.of(brand)).get(0);

    assertThat(loaded.recentBoxDates()).hasSize(SubscriberService.MAX_BOX_DATES);
    assertThat(loaded.recentBoxDates().get(0)).isEqualTo(date.minusDays(1));
    assertThat(loaded.lastReceived()).containsExactly(Map.entry(sku, date.minusDays(1)));
  }

  @Test
  void shouldReadASkuThatSpellsTheDayNumberOfItsOwnDeliveryDate() {
    String brand = TestData.createBoxLine();
    LocalDate delivered = today().minusDays(7);
    String digits = Long.toString(delivered.toEpochDay());
    Api.staff().body(TestData.product(digits, "nuts")).post("/v1/products");
    String id = TestData.unique("due");
    upsert(subscriber(brand, today()).with("id", id));
    importHistory(Map.of(id, List.of(digits)), delivered);

    DueSubscriber loaded = subscribers.dueOn(today(), List.of(brand)).get(0);

    assertThat(loaded.lastReceived()).containsExactly(Map.entry(digits, delivered));
    assertThat(loaded.recentBoxDates()).containsExactly(delivered);
  }

  @Test
  void shouldLoadNothingForNoBrands() {
    assertThat(subscribers.dueOn(today(), List.of())).isEmpty();
  }

  /** A profile map that can be adjusted inline. */
  private static final class Item extends HashMap<String, Object> {
    Item with(String key, Object value) {
      put(key, value);
      return this;
    }
  }

  private static Item subscriber(String brand, LocalDate date) {
    Item item = new Item();
    item.putAll(TestData.subscriber(TestData.unique("sub"), brand));
    item.put("nextDeliveryDate", date.toString());
    return item;
  }

  @SafeVarargs
  private static void upsert(Map<String, Object>... profiles) {
    Api.staff()
        .body(List.of(profiles))
        .put("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("rejected", equalTo(0));
  }

  private static void importHistory(
      Map<String, List<String>> skusBySubscriber, LocalDate... dates) {
    List<Map<String, Object>> rows = new ArrayList<>();
    skusBySubscriber.forEach(
        (id, skus) -> {
          for (LocalDate date : dates) {
            skus.forEach(
                sku ->
                    rows.add(
                        Map.of("subscriberId", id, "sku", sku, "deliveryDate", date.toString())));
          }
        });
    Api.staff()
        .body(rows)
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(200)
        .body("rejected", equalTo(0));
  }
}
