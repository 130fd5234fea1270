package me.snaq.inventory.inventory.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Shipping many allocations at once, answered at once (one batch or less): a verdict per item, the
 * refused never stopping the others, stock and the ledger right after.
 */
@QuarkusTest
class ShipmentTest {
  private static ExtractableResponse<Response> ship(Object body) {
    return Api.staff().body(body).post("/v1/allocations/ship").then().extract();
  }

  private static Map<Long, String> verdicts(JsonPath shipment) {
    Map<Long, String> byId = new HashMap<>();
    for (Map<String, Object> item : shipment.<Map<String, Object>>getList("items")) {
      byId.put(
          ((Number) item.get("allocationId")).longValue(),
          item.get("status") + (item.get("reason") == null ? "" : ":" + item.get("reason")));
    }
    return byId;
  }

  @Test
  void shouldShipWhatMayShipAndSayWhyEachOtherDidNot() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("chocolate", brand);
    String other = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, TestData.today().plusDays(90), 10);
    long heldLot = TestData.receiveLot(other, null, TestData.today().plusDays(90), 10);
    long firm = TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
    long onHeldLot =
        TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 2, other, 1)));
    long soft = TestData.createAllocation(TestData.allocation(brand, "HOLD", Map.of(sku, 1)));
    long shipped = TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
    Api.staff().post("/v1/allocations/{id}/ship", shipped).then().statusCode(200);
    long released = TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
    Api.staff().post("/v1/allocations/{id}/release", released).then().statusCode(200);
    Api.staff()
        .body(Map.of("reason", "damaged pallet"))
        .post("/v1/lots/{id}/hold", heldLot)
        .then()
        .statusCode(200);

    ExtractableResponse<Response> response =
        ship(
            Map.of(
                "allocationIds",
                List.of(firm, onHeldLot, soft, shipped, released, 987_654_321L, firm)));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonPath shipment = response.jsonPath();
    assertThat(shipment.getString("status")).isEqualTo("SUCCEEDED");
    assertThat(shipment.getInt("total")).as("a repeated id counts once").isEqualTo(6);
    assertThat(shipment.getInt("shipped")).isEqualTo(1);
    assertThat(shipment.getInt("refused")).isEqualTo(5);
    assertThat(verdicts(shipment))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                firm,
                "SHIPPED",
                onHeldLot,
                "REFUSED:LOT_ON_HOLD",
                soft,
                "REFUSED:NOT_CONFIRMED",
                shipped,
                "REFUSED:ALREADY_SHIPPED",
                released,
                "REFUSED:RELEASED",
                987_654_321L,
                "REFUSED:NOT_FOUND"));
    Api.staff().get("/v1/allocations/{id}", firm).then().body("state", equalTo("SHIPPED"));
    Api.staff().get("/v1/allocations/{id}", onHeldLot).then().body("state", equalTo("ALLOCATED"));
    JsonPath counts = Api.staff().get("/v1/lots/{id}", lot).then().extract().jsonPath();
    assertThat(counts.getInt("onHand")).as("two boxes of one unit left").isEqualTo(8);
    assertThat(counts.getInt("reserved")).as("the held-lot box and the soft hold").isEqualTo(3);
    Api.staff()
        .queryParam("lotId", lot)
        .queryParam("type", "SHIP")
        .queryParam("reference", "shipment:" + shipment.getLong("id"))
        .get("/v1/movements")
        .then()
        .body("items.onHandDelta", equalTo(List.of(-1)));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldReadBackTheShipmentAndItsRefusedItems() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("baked", brand);
    TestData.receiveLot(sku, null, TestData.today().plusDays(90), 5);
    long firm = TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
    long id = ship(Map.of("allocationIds", List.of(firm, 987_654_320L))).jsonPath().getLong("id");

    Api.staff()
        .get("/v1/shipments/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("pending", equalTo(0));
    Api.staff()
        .queryParam("status", "REFUSED")
        .get("/v1/shipments/{id}/items", id)
        .then()
        .statusCode(200)
        .body("items.allocationId", equalTo(List.of(987_654_320)))
        .body("items.reason", equalTo(List.of("NOT_FOUND")));
    Api.staff().get("/v1/shipments/{id}", 987_654_321L).then().statusCode(404);
  }

  @Test
  void shouldRefuseBadRequestsAndChangeNothing() {
    assertThat(ship(Map.of("allocationIds", List.of())).statusCode()).isEqualTo(400);
    assertThat(ship(Map.of()).statusCode()).isEqualTo(400);
    Api.partner(TestData.createPartner())
        .body(Map.of("allocationIds", List.of(1)))
        .post("/v1/allocations/ship")
        .then()
        .statusCode(403);
    Api.staff()
        .queryParam("status", "LOST")
        .get("/v1/shipments/{id}/items", 1)
        .then()
        .statusCode(400);
  }
}
