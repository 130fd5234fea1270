package me.snaq.inventory.inventory.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A packer ships a box without the units found damaged or missing: the rest ships, those leave
 * stock as ADJUST with the reason, the history holds only what shipped, the box is marked short.
 */
@QuarkusTest
class ShipWithExceptionsTest {
  private static JsonPath lot(long id) {
    return Api.staff().get("/v1/lots/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  private static List<String> movements(long allocation) {
    return Api.staff()
        .queryParam("reference", "allocation:" + allocation)
        .queryParam("limit", 100)
        .get("/v1/movements")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("items")
        .stream()
        .map(
            m ->
                m.get("type")
                    + " "
                    + m.get("lotId")
                    + " "
                    + m.get("onHandDelta")
                    + "/"
                    + m.get("reservedDelta")
                    + (m.get("reason") == null ? "" : " " + m.get("reason")))
        .toList();
  }

  @Test
  void shouldShipTheRestAndWriteOffWhatWasShort() {
    String brand = TestData.createBoxLine();
    String choc = TestData.createProduct("chocolate", brand);
    String nuts = TestData.createProduct("nuts", brand);
    long early = TestData.receiveLot(choc, null, TestData.today().plusDays(60), 10);
    long late = TestData.receiveLot(choc, null, TestData.today().plusDays(90), 10);
    long nutsLot = TestData.receiveLot(nuts, null, TestData.today().plusDays(90), 5);
    String subscriber = TestData.createSubscriber(brand);
    Map<String, Object> request = TestData.allocation(brand, "FIRM", Map.of(choc, 12, nuts, 1));
    request.put("subscriberId", subscriber);
    long box = TestData.createAllocation(request);

    JsonPath shipped =
        Api.staff()
            .header("Idempotency-Key", "short-" + box)
            .body(
                Map.of(
                    "exceptions",
                    List.of(
                        Map.of("sku", choc, "quantity", 1, "reason", "DAMAGED", "lotId", late),
                        Map.of("sku", nuts, "quantity", 1, "reason", "MISSING"))))
            .post("/v1/allocations/{id}/ship", box)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(shipped.getString("state")).isEqualTo("SHIPPED");
    assertThat(shipped.getBoolean("short")).isTrue();
    assertThat(shipped.getString("shortReason")).isEqualTo("DAMAGED,MISSING");
    assertThat(shipped.<Map<String, Object>>getList("shipExceptions"))
        .containsExactlyInAnyOrder(
            Map.of("sku", choc, "lotId", (int) late, "reason", "DAMAGED", "quantity", 1),
            Map.of("sku", nuts, "lotId", (int) nutsLot, "reason", "MISSING", "quantity", 1));
    assertThat(lot(early).getInt("onHand")).isZero();
    assertThat(lot(late).getInt("onHand"))
        .as("two picked: one shipped, one written off")
        .isEqualTo(8);
    assertThat(lot(late).getInt("reserved")).isZero();
    assertThat(lot(nutsLot).getInt("onHand")).isEqualTo(4);
    assertThat(lot(nutsLot).getInt("reserved")).isZero();
    assertThat(movements(box))
        .containsExactlyInAnyOrder(
            "RESERVE " + early + " 0/10",
            "RESERVE " + late + " 0/2",
            "RESERVE " + nutsLot + " 0/1",
            "SHIP " + early + " -10/-10",
            "SHIP " + late + " -1/-1",
            "ADJUST " + late + " -1/-1 DAMAGED",
            "ADJUST " + nutsLot + " -1/-1 MISSING");
    assertThat(
            Api.staff()
                .get("/v1/subscribers/{id}/deliveries", subscriber)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("sku"))
        .as("only what shipped enters the history")
        .containsExactly(choc);
    Api.staff()
        .header("Idempotency-Key", "short-" + box)
        .body(
            Map.of(
                "exceptions",
                List.of(
                    Map.of("sku", choc, "quantity", 1, "reason", "DAMAGED", "lotId", late),
                    Map.of("sku", nuts, "quantity", 1, "reason", "MISSING"))))
        .post("/v1/allocations/{id}/ship", box)
        .then()
        .statusCode(200)
        .header("Idempotency-Replayed", "true");
    assertThat(lot(late).getInt("onHand")).as("the replay moved nothing").isEqualTo(8);
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldRefuseAShortageTheBoxCannotHoldAndChangeNothing() {
    String brand = TestData.createBoxLine();
    String choc = TestData.createProduct("chocolate", brand);
    long lot = TestData.receiveLot(choc, null, TestData.today().plusDays(60), 10);
    long box = TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(choc, 2)));

    Api.staff()
        .body(
            Map.of("exceptions", List.of(Map.of("sku", choc, "quantity", 3, "reason", "DAMAGED"))))
        .post("/v1/allocations/{id}/ship", box)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("SHORTAGE_NOT_IN_BOX"));
    Api.staff()
        .body(Map.of("exceptions", List.of(Map.of("sku", choc, "quantity", 0, "reason", "LOST"))))
        .post("/v1/allocations/{id}/ship", box)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    Api.staff()
        .body(
            Map.of(
                "exceptions",
                List.of(
                    Map.of("sku", choc, "quantity", 1, "reason", "DAMAGED", "lotId", lot + 1000))))
        .post("/v1/allocations/{id}/ship", box)
        .then()
        .statusCode(422)
        .body("code", equalTo("SHORTAGE_NOT_IN_BOX"));
    assertThat(lot(lot).getInt("onHand")).isEqualTo(10);
    assertThat(lot(lot).getInt("reserved")).isEqualTo(2);
    assertThat(movements(box)).containsExactly("RESERVE " + lot + " 0/2");

    Api.staff()
        .post("/v1/allocations/{id}/ship", box)
        .then()
        .statusCode(200)
        .body("short", equalTo(false))
        .body("shipExceptions", empty());
    assertThat(lot(lot).getInt("onHand")).isEqualTo(8);
  }
}
