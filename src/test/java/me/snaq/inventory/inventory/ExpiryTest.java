package me.snaq.inventory.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestClock;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expiry at the edges of the warehouse day, with the service's clock under control. */
@QuarkusTest
class ExpiryTest {
  private static final LocalDate BEST_BEFORE = LocalDate.of(2031, 12, 10);

  @Inject TestClock clock;
  @Inject ExpiryService expiry;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private void setWarehouseTime(int day, int hour, int minute) {
    clock.set(ZonedDateTime.of(2031, 12, day, hour, minute, 0, 0, TestClock.WAREHOUSE).toInstant());
  }

  private void setWarehouseDate(LocalDate date) {
    clock.set(date.atTime(9, 0).atZone(TestClock.WAREHOUSE).toInstant());
  }

  @Test
  void shouldServeALotUntilTheEndOfItsDayAndReadItExpiredFromMidnight() {
    setWarehouseTime(1, 9, 0);
    String sku = TestData.createProduct("nuts");
    long id = TestData.receiveLot(sku, null, BEST_BEFORE, 10);

    setWarehouseTime(10, 23, 59);
    Api.staff().get("/v1/lots/{id}", id).then().body("status", equalTo("AVAILABLE"));
    Api.staff()
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("free", equalTo(10))
        .body("expired", equalTo(0));

    setWarehouseTime(11, 0, 0);
    Api.staff()
        .get("/v1/lots/{id}", id)
        .then()
        .body("status", equalTo("EXPIRED"))
        .body("daysToBestBefore", equalTo(-1));
    Api.staff()
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("free", equalTo(0))
        .body("expired", equalTo(10))
        .body("available", equalTo(0));
    Api.staff()
        .queryParam("sku", sku)
        .queryParam("status", "EXPIRED")
        .get("/v1/lots")
        .then()
        .body("items.size()", equalTo(1));
  }

  @Test
  void shouldLetTheJobMarkOnlyLotsWhoseDayHasEnded() {
    setWarehouseTime(1, 9, 0);
    String sku = TestData.createProduct("nuts");
    long ending = TestData.receiveLot(sku, null, BEST_BEFORE, 10);
    long later = TestData.receiveLot(sku, null, BEST_BEFORE.plusDays(1), 10);

    setWarehouseTime(11, 0, 0);
    assertThat(expiry.expireDueLots()).isGreaterThanOrEqualTo(1);
    assertThat(expiry.expireDueLots()).isZero();
    Api.staff()
        .queryParam("lotId", ending)
        .get("/v1/movements")
        .then()
        .body("items.type", org.hamcrest.Matchers.contains("RECEIVE", "EXPIRE"))
        .body("items[1].actor", equalTo(ExpiryService.JOB_ACTOR));
    Api.staff()
        .queryParam("lotId", later)
        .get("/v1/movements")
        .then()
        .body("items.size()", equalTo(1));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift.size()", equalTo(0));
  }

  @Test
  void shouldNotServeADeliveryFromALotThatExpiresBeforeItsFloor() {
    setWarehouseDate(LocalDate.of(2031, 11, 1));
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, BEST_BEFORE, 10);
    // minRemainingDays is 30: a delivery on 2031-11-10 needs best-before >= 2031-12-10.
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("deliveryDate", "2031-11-10")
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("available", equalTo(10));
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("deliveryDate", "2031-11-11")
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("available", equalTo(0))
        .body("lots.size()", equalTo(0));
  }
}
