package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerTest {
  @Inject EntityManager entityManager;

  @Test
  void shouldRefuseToUpdateOrDeleteMovementsInTheDatabaseItself() {
    long lot = TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(30), 5);
    assertThatThrownBy(
            () -> sql("UPDATE inventory_movement SET on_hand_delta = 500 WHERE lot_id = " + lot))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> sql("DELETE FROM inventory_movement WHERE lot_id = " + lot))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> sql("TRUNCATE inventory_movement CASCADE"))
        .hasStackTraceContaining("append-only");
  }

  @Test
  void shouldReportDriftWhenTheProjectionIsTamperedWith() {
    long lot = TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(30), 5);
    sql("UPDATE inventory_lot SET on_hand = 6 WHERE id = " + lot);
    try {
      List<Map<String, Object>> drift =
          Api.staff()
              .get("/v1/stock/reconciliation")
              .then()
              .statusCode(200)
              .extract()
              .path("drift");
      assertThat(drift)
          .anySatisfy(
              d -> {
                assertThat(((Number) d.get("lotId")).longValue()).isEqualTo(lot);
                assertThat(d.get("projected")).asString().contains("onHand=6");
                assertThat(d.get("ledger")).asString().contains("onHand=5");
              });
    } finally {
      sql("UPDATE inventory_lot SET on_hand = 5 WHERE id = " + lot);
    }
  }

  @Test
  void shouldGiveBalancesAsOfAPastInstant() throws InterruptedException {
    String sku = TestData.createProduct("nuts");
    long lot = TestData.receiveLot(sku, null, today().plusDays(30), 50);
    Thread.sleep(20);
    Instant between = Instant.now();
    Thread.sleep(20);
    Api.staff()
        .body(Map.of("delta", -8, "reason", "SAMPLE", "expectedOnHand", 50))
        .post("/v1/lots/{id}/adjustments", lot)
        .then()
        .statusCode(200);
    Api.staff()
        .queryParam("at", between.toString())
        .get("/v1/stock/{sku}/as-of", sku)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(50));
    Api.staff()
        .queryParam("at", Instant.now().toString())
        .get("/v1/lots/{id}/as-of", lot)
        .then()
        .body("onHand", equalTo(42))
        .body("lots[0].status", equalTo("AVAILABLE"));
    Api.staff()
        .queryParam("at", "yesterday")
        .get("/v1/lots/{id}/as-of", lot)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("at"));
  }

  @Test
  void shouldFilterTheLedgerByTypeAndShowAPartnerOnlyItsLots() {
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner);
    long own = TestData.receiveLot(sku, partner, today().plusDays(30), 5);
    long house = TestData.receiveLot(sku, null, today().plusDays(30), 5);
    Api.staff()
        .body(Map.of("reason", "RECALL"))
        .post("/v1/lots/{id}/write-off", house)
        .then()
        .statusCode(200);
    Api.staff()
        .queryParam("sku", sku)
        .queryParam("type", "WRITE_OFF")
        .get("/v1/movements")
        .then()
        .body("items.lotId", contains((int) house));
    Api.partner(partner)
        .queryParam("sku", sku)
        .get("/v1/movements")
        .then()
        .body("items.lotId", contains((int) own));
    Api.partner(partner).get("/v1/lots/{id}", house).then().statusCode(404);
  }

  private void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(statement).executeUpdate());
  }
}
