package me.snaq.inventory.inventory.allocation;

import static me.snaq.inventory.support.TestData.allocation;
import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestClock;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A hold past its time counts nowhere, before and after the sweeper gives its units back. */
@QuarkusTest
class HoldLapseTest {
  @Inject TestClock clock;
  @Inject HoldRelease allocations;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A HOLD allocation of some of a lot's 5 units, made at {@code now} and lasting until then. */
  record Hold(String brand, String sku, long lot, long id) {}

  private Hold hold(int units, Instant now, Instant until) {
    clock.set(now);
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 5);
    Map<String, Object> body = allocation(brand, "HOLD", Map.of(sku, units));
    body.put("holdUntil", until.toString());
    return new Hold(brand, sku, lot, TestData.createAllocation(body));
  }

  @Test
  void shouldHoldTheBrandToItsLimitWhenANewAllocationReleasesItsLapsedHoldOfHouseUnits() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(100), 100);
    Api.staff()
        .body(Map.of("reserved", 0, "limit", 10))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(201);
    Map<String, Object> body = allocation(brand, "HOLD", Map.of(sku, 10));
    body.put("holdUntil", start.plus(10, ChronoUnit.MINUTES).toString());
    TestData.createAllocation(body);

    clock.set(start.plus(11, ChronoUnit.MINUTES));

    Api.staff()
        .body(allocation(brand, "FIRM", Map.of(sku, 15)))
        .post("/v1/allocations")
        .then()
        .statusCode(409)
        .body("code", equalTo("INSUFFICIENT_STOCK"))
        .body("lines[0].available", equalTo(10));
    Api.staff()
        .body(allocation(brand, "FIRM", Map.of(sku, 10)))
        .post("/v1/allocations")
        .then()
        .statusCode(201);
    Api.staff()
        .body(allocation(brand, "FIRM", Map.of(sku, 1)))
        .post("/v1/allocations")
        .then()
        .statusCode(409)
        .body("code", equalTo("INSUFFICIENT_STOCK"))
        .body("lines[0].available", equalTo(0));
  }

  @Test
  void shouldStopCountingALapsedHoldAtOnceAndReleaseItOnSweep() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Hold hold = hold(5, start, start.plus(10, ChronoUnit.MINUTES));
    String brand = hold.brand();
    String sku = hold.sku();
    long lot = hold.lot();
    long id = hold.id();
    Api.staff()
        .queryParam("brand", brand)
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("available", equalTo(0));

    clock.set(start.plus(11, ChronoUnit.MINUTES));
    Api.staff().get("/v1/allocations/{id}", id).then().body("state", equalTo("EXPIRED"));
    Api.staff()
        .queryParam("brand", brand)
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("available", equalTo(5))
        .body("reserved", equalTo(0));
    Api.staff().post("/v1/allocations/{id}/confirm", id).then().statusCode(409);
    Api.staff()
        .body(allocation(brand, "FIRM", Map.of(sku, 5)))
        .post("/v1/allocations")
        .then()
        .statusCode(201);
    Api.staff()
        .get("/v1/allocations/{id}", id)
        .then()
        .body("state", equalTo("EXPIRED"))
        .body("endReason", equalTo("HOLD_EXPIRED"));
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(5));
    Api.staff()
        .queryParam("reference", "allocation:" + id)
        .get("/v1/movements")
        .then()
        .body("items.type", contains("RESERVE", "UNRESERVE"));
  }

  @Test
  void shouldLetTheSweeperReleaseLapsedHolds() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Hold hold = hold(3, start, start.plus(1, ChronoUnit.MINUTES));
    String brand = hold.brand();
    String sku = hold.sku();
    long lot = hold.lot();
    long id = hold.id();
    clock.set(start.plus(2, ChronoUnit.MINUTES));
    assertThat(allocations.releaseLapsedHolds(1000)).isPositive();
    Api.staff().get("/v1/allocations/{id}", id).then().body("state", equalTo("EXPIRED"));
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(0));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift.size()", equalTo(0));
  }

  @Test
  void shouldReleaseManyLapsedHoldsTogetherEachWithItsOwnLedgerRows() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Hold first = hold(2, start, start.plus(1, ChronoUnit.MINUTES));
    Hold second = hold(4, start, start.plus(1, ChronoUnit.MINUTES));
    clock.set(start.plus(2, ChronoUnit.MINUTES));

    assertThat(allocations.releaseLapsedHolds(1000)).isGreaterThanOrEqualTo(2);

    for (Hold hold : new Hold[] {first, second}) {
      Api.staff().get("/v1/allocations/{id}", hold.id()).then().body("state", equalTo("EXPIRED"));
      Api.staff().get("/v1/lots/{id}", hold.lot()).then().body("reserved", equalTo(0));
      Api.staff()
          .queryParam("reference", "allocation:" + hold.id())
          .get("/v1/movements")
          .then()
          .body("items.type", contains("RESERVE", "UNRESERVE"))
          .body("items.lotId", contains((int) hold.lot(), (int) hold.lot()));
    }
    Api.staff().get("/v1/stock/reconciliation").then().body("drift.size()", equalTo(0));
  }
}
