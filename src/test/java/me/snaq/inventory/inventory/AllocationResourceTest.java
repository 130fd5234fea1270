package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.allocation;
import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllocationResourceTest {

  private static JsonPath create(Map<String, Object> body) {
    return Api.staff()
        .body(body)
        .post("/v1/allocations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldPickFefoSplittingALineOverLotsAndReserveThem() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long later = TestData.receiveLot(sku, null, today().plusDays(200), 10);
    long sooner = TestData.receiveLot(sku, null, today().plusDays(100), 4);
    TestData.receiveLot(sku, null, today().plusDays(20), 50);

    JsonPath created = create(allocation(brand, "FIRM", Map.of(sku, 6)));
    assertThat(created.getString("state")).isEqualTo("ALLOCATED");
    assertThat(created.getList("lines[0].lots.lotId", Long.class)).containsExactly(sooner, later);
    assertThat(created.getList("lines[0].lots.quantity", Integer.class)).containsExactly(4, 2);
    Api.staff()
        .get("/v1/lots/{id}", later)
        .then()
        .body("reserved", equalTo(2))
        .body("free", equalTo(8));
    Api.staff()
        .queryParam("reference", "allocation:" + created.getLong("id"))
        .get("/v1/movements")
        .then()
        .body("items.type", contains("RESERVE", "RESERVE"));
  }

  @Test
  void shouldRefuseWithEachShortLineAndReserveNothing() {
    String brand = TestData.createBoxLine();
    String plenty = TestData.createProduct("nuts", brand);
    String scarce = TestData.createProduct("nuts", brand);
    long plentyLot = TestData.receiveLot(plenty, null, today().plusDays(100), 10);
    TestData.receiveLot(scarce, null, today().plusDays(100), 1);

    Api.staff()
        .body(allocation(brand, "FIRM", Map.of(plenty, 2, scarce, 3)))
        .post("/v1/allocations")
        .then()
        .statusCode(409)
        .body("code", equalTo("INSUFFICIENT_STOCK"))
        .body("lines.sku", contains(scarce))
        .body("lines[0].requested", equalTo(3))
        .body("lines[0].available", equalTo(1));
    Api.staff().get("/v1/lots/{id}", plentyLot).then().body("reserved", equalTo(0));
  }

  @Test
  void shouldTakeWhatThereIsWhenPartialIsAllowed() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(100), 2);
    Map<String, Object> body = allocation(brand, "FIRM", Map.of(sku, 5));
    body.put("allowPartial", true);
    JsonPath created = create(body);
    assertThat(created.getBoolean("short")).isTrue();
    assertThat(created.getInt("lines[0].allocated")).isEqualTo(2);
    assertThat(created.getInt("lines[0].shortBy")).isEqualTo(3);
  }

  @Test
  void shouldNeverServeFromALotBelowTheShelfLifeFloor() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(30), 100);
    Api.staff()
        .body(allocation(brand, "FIRM", Map.of(sku, 1)))
        .post("/v1/allocations")
        .then()
        .statusCode(409)
        .body("lines[0].available", equalTo(0));
  }

  @Test
  void shouldKeepOtherBrandsRingFencedUnitsAndApplyTheLimit() {
    String boxLine = TestData.createBoxLine();
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", boxLine, partner);
    TestData.receiveLot(sku, null, today().plusDays(100), 10);
    Api.staff()
        .body(Map.of("reserved", 6))
        .put("/v1/brands/{b}/quotas/{s}", partner, sku)
        .then()
        .statusCode(201);
    Api.staff()
        .body(allocation(boxLine, "FIRM", Map.of(sku, 5)))
        .post("/v1/allocations")
        .then()
        .statusCode(409)
        .body("lines[0].available", equalTo(4));
    create(allocation(boxLine, "FIRM", Map.of(sku, 4)));
    Api.partner(partner)
        .body(allocation(partner, "FIRM", Map.of(sku, 6)))
        .post("/v1/allocations")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldLetAPartnerAllocateOnlyForItselfAndSeeOnlyItsOwn() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner, other);
    long own = TestData.receiveLot(sku, partner, today().plusDays(100), 3);
    TestData.receiveLot(sku, other, today().plusDays(90), 50);
    Api.raw(Api.partnerKey(partner))
        .contentType("application/json")
        .body(allocation(null, "FIRM", Map.of(sku, 3)))
        .post("/v1/allocations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("brand"));
    JsonPath created =
        Api.partner(partner)
            .body(allocation(partner, "FIRM", Map.of(sku, 3)))
            .post("/v1/allocations")
            .then()
            .statusCode(201)
            .body("brand", equalTo(partner))
            .extract()
            .jsonPath();
    assertThat(created.getList("lines[0].lots.lotId", Long.class)).containsExactly(own);
    Api.partner(partner)
        .body(allocation(other, "FIRM", Map.of(sku, 1)))
        .post("/v1/allocations")
        .then()
        .statusCode(404);
    Api.partner(other).get("/v1/allocations/{id}", created.getLong("id")).then().statusCode(404);
    Api.partner(partner)
        .get("/v1/allocations")
        .then()
        .body("items.brand", org.hamcrest.Matchers.everyItem(equalTo(partner)));
  }

  @Test
  void shouldHoldConfirmAndShipRecordingTheDelivery() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 10);
    Map<String, Object> body = allocation(brand, "HOLD", Map.of(sku, 2));
    String subscriber = TestData.createSubscriber(brand);
    body.put("subscriberId", subscriber);
    JsonPath held = create(body);
    assertThat(held.getString("state")).isEqualTo("HELD");
    long id = held.getLong("id");

    Api.staff()
        .post("/v1/allocations/{id}/ship", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("ILLEGAL_ALLOCATION_STATE"));
    Api.staff()
        .post("/v1/allocations/{id}/confirm", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("ALLOCATED"));
    Api.staff()
        .post("/v1/allocations/{id}/ship", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("SHIPPED"));
    Api.staff()
        .get("/v1/lots/{id}", lot)
        .then()
        .body("onHand", equalTo(8))
        .body("reserved", equalTo(0));
    Api.staff()
        .get("/v1/subscribers/{id}/deliveries", subscriber)
        .then()
        .statusCode(200)
        .body("sku", contains(sku));
    Api.staff().post("/v1/allocations/{id}/release", id).then().statusCode(409);
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldGiveUnitsBackOnRelease() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 5);
    long id = create(allocation(brand, "FIRM", Map.of(sku, 5))).getLong("id");
    Api.staff().get("/v1/lots/{id}", lot).then().body("free", equalTo(0));
    Api.staff()
        .body(Map.of("reason", "ORDER_CANCELLED"))
        .post("/v1/allocations/{id}/release", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("RELEASED"))
        .body("endReason", equalTo("ORDER_CANCELLED"));
    Api.staff().get("/v1/lots/{id}", lot).then().body("free", equalTo(5));
    Api.staff().post("/v1/allocations/{id}/confirm", id).then().statusCode(409);
  }

  @Test
  void shouldRefuseASecondOpenAllocationForTheSameReference() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(100), 5);
    Map<String, Object> body = allocation(brand, "FIRM", Map.of(sku, 1));
    create(body);
    Api.staff()
        .body(body)
        .post("/v1/allocations")
        .then()
        .statusCode(409)
        .body("code", equalTo("REFERENCE_IN_USE"));
  }

  @Test
  void shouldReplayAnAllocationSentAgainWithItsKey() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 5);
    Map<String, Object> body = allocation(brand, "FIRM", Map.of(sku, 2));
    String key = TestData.unique("alloc");
    long first =
        Api.staff()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/v1/allocations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long again =
        Api.staff()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/v1/allocations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    assertThat(again).isEqualTo(first);
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(2));
  }

  @Test
  void shouldTraceALotAndRecallIt() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 5);
    Map<String, Object> body = allocation(brand, "FIRM", Map.of(sku, 2));
    String subscriber = TestData.createSubscriber(brand);
    body.put("subscriberId", subscriber);
    long id = create(body).getLong("id");

    Api.staff()
        .body(Map.of("reason", "supplier allergen notice"))
        .post("/v1/lots/{id}/recall", lot)
        .then()
        .statusCode(200)
        .body("lot.status", equalTo("ON_HOLD"))
        .body("affected.allocationId", contains((int) id))
        .body("subscribers", contains(subscriber));
    Api.staff()
        .post("/v1/allocations/{id}/ship", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("ILLEGAL_LOT_STATE"));
    Api.staff().post("/v1/allocations/{id}/release", id).then().statusCode(200);
    Api.staff()
        .get("/v1/lots/{id}/trace", lot)
        .then()
        .body("affected", empty())
        .body("allocations.size()", equalTo(1));
  }
}
