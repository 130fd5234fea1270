package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LotResourceTest {

  @Test
  void shouldReceiveALotAsSharedStockWithAReceiveMovement() {
    String sku = TestData.createProduct("nuts");
    Map<String, Object> body = TestData.lot(sku, null, today().plusDays(90), 480);
    int id =
        Api.staff()
            .body(body)
            .post("/v1/lots")
            .then()
            .statusCode(201)
            .body("owner", equalTo("house"))
            .body("onHand", equalTo(480))
            .body("free", equalTo(480))
            .body("status", equalTo("AVAILABLE"))
            .body("daysToBestBefore", equalTo(90))
            .extract()
            .path("id");
    Api.staff()
        .queryParam("lotId", id)
        .get("/v1/movements")
        .then()
        .statusCode(200)
        .body("items.type", contains("RECEIVE"))
        .body("items[0].onHandDelta", equalTo(480));
  }

  @Test
  void shouldRefuseTheSameLotCodeTwice() {
    String sku = TestData.createProduct("nuts");
    Map<String, Object> body = TestData.lot(sku, null, today().plusDays(90), 10);
    Api.staff().body(body).post("/v1/lots").then().statusCode(201);
    Api.staff()
        .body(body)
        .post("/v1/lots")
        .then()
        .statusCode(409)
        .body("code", equalTo("LOT_ALREADY_EXISTS"));
  }

  @Test
  void shouldAdjustOnlyAgainstTheExpectedOnHand() {
    long id = TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(60), 100);
    Api.staff()
        .body(Map.of("delta", -3, "reason", "DAMAGED", "expectedOnHand", 99))
        .post("/v1/lots/{id}/adjustments", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("ON_HAND_MISMATCH"));
    Api.staff()
        .body(Map.of("delta", -3, "reason", "DAMAGED", "expectedOnHand", 100))
        .post("/v1/lots/{id}/adjustments", id)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(97));
    Api.staff()
        .body(Map.of("counted", 90))
        .post("/v1/lots/{id}/counts", id)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(90));
    Api.staff()
        .queryParam("lotId", id)
        .get("/v1/movements")
        .then()
        .body("items.type", contains("RECEIVE", "ADJUST", "ADJUST"))
        .body("items.reason", contains(null, "DAMAGED", "COUNT"))
        .body("items.onHandDelta", contains(100, -3, -7));
  }

  @Test
  void shouldHoldReleaseAndWriteOff() {
    long id = TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(60), 50);
    Api.staff()
        .body(Map.of("reason", "packaging defect", "reviewOn", today().plusDays(3).toString()))
        .post("/v1/lots/{id}/hold", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ON_HOLD"))
        .body("holdReason", equalTo("packaging defect"));
    Api.staff()
        .body(Map.of("reason", "again"))
        .post("/v1/lots/{id}/hold", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("ILLEGAL_LOT_STATE"));
    Api.staff()
        .post("/v1/lots/{id}/unhold", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("AVAILABLE"));
    Api.staff()
        .body(Map.of("quantity", 51, "reason", "DAMAGED"))
        .post("/v1/lots/{id}/write-off", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("INSUFFICIENT_STOCK"));
    Api.staff()
        .body(Map.of("reason", "RECALL"))
        .post("/v1/lots/{id}/write-off", id)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(0))
        .body("status", equalTo("DEPLETED"));
  }

  @Test
  void shouldReplayAnIdempotentReceiptAndRefuseTheKeyForAnotherBody() {
    String sku = TestData.createProduct("nuts");
    Map<String, Object> body = TestData.lot(sku, null, today().plusDays(90), 12);
    String key = TestData.unique("key");
    int first =
        Api.staff()
            .header("Idempotency-Key", key)
            .body(body)
            .post("/v1/lots")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.staff()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/v1/lots")
        .then()
        .statusCode(201)
        .header("Idempotency-Replayed", "true")
        .body("id", equalTo(first));
    body.put("quantity", 13);
    Api.staff()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/v1/lots")
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    Api.staff().queryParam("sku", sku).get("/v1/lots").then().body("items", hasSize(1));
  }

  @Test
  void shouldShowStockWithTheBrandFormulaAndFefoLots() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long later = TestData.receiveLot(sku, null, today().plusDays(120), 30);
    long sooner = TestData.receiveLot(sku, null, today().plusDays(60), 20);
    TestData.receiveLot(sku, null, today().plusDays(10), 5);
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("deliveryDate", today().plusDays(7).toString())
        .get("/v1/stock/{sku}", sku)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(55))
        .body("free", equalTo(55))
        .body("brandView.minRemainingDays", equalTo(30))
        .body("brandView.houseUsable", equalTo(50))
        .body("available", equalTo(50))
        .body("lots.lotId", contains((int) sooner, (int) later));
  }

  @Test
  void shouldReconcileWithoutDrift() {
    TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(60), 5);
    Api.staff().get("/v1/stock/reconciliation").then().statusCode(200).body("drift", empty());
  }
}
