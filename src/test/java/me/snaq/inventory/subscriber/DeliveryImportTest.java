package me.snaq.inventory.subscriber;

import static me.snaq.inventory.support.TestData.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryImportTest {

  private static Map<String, Object> row(String subscriber, String sku, Object date) {
    return Map.of("subscriberId", subscriber, "sku", sku, "deliveryDate", date.toString());
  }

  @Test
  void shouldRecordEachDeliveryOnceHoweverOftenItIsImported() {
    String brand = TestData.createBoxLine();
    String first = TestData.createProduct("nuts", brand);
    String second = TestData.createProduct("chocolate", brand);
    String subscriber = TestData.createSubscriber(brand);
    LocalDate date = today().minusDays(14);
    List<Map<String, Object>> rows =
        List.of(
            row(subscriber, first, date),
            row(subscriber, second, date),
            row(subscriber, first, date),
            row(subscriber, first, date.minusDays(14)));

    Api.staff()
        .body(rows)
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(200)
        .body("created", equalTo(3))
        .body("unchanged", equalTo(1))
        .body("items.status", contains("CREATED", "CREATED", "UNCHANGED", "CREATED"))
        .body("items.subscriberId", contains(subscriber, subscriber, subscriber, subscriber));
    Api.staff()
        .body(rows)
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(4));
    Api.staff()
        .get("/v1/subscribers/{id}/deliveries", subscriber)
        .then()
        .statusCode(200)
        .body("$", hasSize(3))
        .body(
            "deliveryDate",
            contains(date.toString(), date.toString(), date.minusDays(14).toString()));
  }

  @Test
  void shouldNotImportADeliveryAShippedBoxRecordedAlready() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(100), 10);
    String subscriber = TestData.createSubscriber(brand);
    Map<String, Object> box = TestData.allocation(brand, "FIRM", Map.of(sku, 1));
    box.put("subscriberId", subscriber);
    box.put("deliveryDate", today().toString());
    long id = TestData.createAllocation(box);
    Api.staff().post("/v1/allocations/{id}/ship", id).then().statusCode(200);

    Api.staff()
        .body(List.of(row(subscriber, sku, today())))
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo("UNCHANGED"));
    Api.staff().get("/v1/subscribers/{id}/deliveries", subscriber).then().body("$", hasSize(1));
  }

  @Test
  void shouldRejectUnknownSubscribersAndProductsAndDatesAfterToday() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    String subscriber = TestData.createSubscriber(brand);
    Api.staff()
        .body(
            List.of(
                row(TestData.unique("nobody"), sku, today()),
                row(subscriber, "NO-SUCH-SKU", today()),
                row(subscriber, sku, today().plusDays(1)),
                Map.of("subscriberId", subscriber, "sku", sku),
                row(subscriber, sku, "last tuesday")))
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(200)
        .body("rejected", equalTo(5))
        .body("items[0].errors[0].message", equalTo("no subscriber has this id"))
        .body("items[1].errors[0].message", equalTo("no product has this SKU"))
        .body("items[2].errors[0].message", equalTo("must not be after today (warehouse time)"))
        .body("items[3].errors[0].field", equalTo("deliveryDate"))
        .body("items[4].errors[0].field", equalTo("deliveryDate"));
  }

  @Test
  void shouldLetAPartnerImportOnlyItsOwnSubscribersHistory() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner, other);
    String mine = TestData.createSubscriber(partner);
    String theirs = TestData.createSubscriber(other);
    Api.partner(partner)
        .body(List.of(row(mine, sku, today()), row(theirs, sku, today())))
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(200)
        .body("items.status", contains("CREATED", "REJECTED"))
        .body("items[1].errors[0].message", equalTo("no subscriber has this id"));
    Api.staff().get("/v1/subscribers/{id}/deliveries", theirs).then().body("$", hasSize(0));
  }

  @Test
  void shouldRefuseMoreThanTenThousandRowsAndKeepNone() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    String subscriber = TestData.createSubscriber(brand);
    List<Map<String, Object>> rows =
        IntStream.rangeClosed(0, SubscriberService.MAX_ITEMS)
            .mapToObj(i -> row(subscriber, sku, today().minusDays(i)))
            .toList();
    Api.staff()
        .body(rows)
        .post("/v1/subscribers/deliveries")
        .then()
        .statusCode(413)
        .body("code", equalTo("TOO_MANY_ITEMS"));
    Api.staff().get("/v1/subscribers/{id}/deliveries", subscriber).then().body("$", hasSize(0));
  }
}
