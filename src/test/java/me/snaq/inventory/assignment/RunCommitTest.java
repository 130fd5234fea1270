package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.inventory.BoxReservation;
import me.snaq.inventory.inventory.RunReservationService;
import me.snaq.inventory.inventory.StockChangedException;
import me.snaq.inventory.inventory.allocation.HoldRelease;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestClock;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** COMMIT runs: every box's allocation written at once, one COMMIT per brand and date, cancel. */
@QuarkusTest
class RunCommitTest {
  @Inject RunWorker worker;
  @Inject RunReservationService reservations;

  private final LocalDate delivery = TestData.today().plusDays(7);
  @Inject TestClock clock;
  @Inject HoldRelease holdRelease;
  private List<Long> lots;
  private List<String> subscribers;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A box line with a 2-item recipe, three products (5 units each), three due subscribers. */
  private String boxLine() {
    RunTestData line = RunTestData.boxLine(delivery, 3);
    lots = line.lots();
    subscribers = line.subscribers();
    return line.brand();
  }

  private int start(String brand, String mode) {
    return Api.staff()
        .body(Map.of("deliveryDate", delivery.toString(), "brands", List.of(brand), "mode", mode))
        .post("/v1/assignment-runs")
        .then()
        .extract()
        .statusCode();
  }

  private long startCommit(String brand) {
    return Api.staff()
        .body(
            Map.of("deliveryDate", delivery.toString(), "brands", List.of(brand), "mode", "COMMIT"))
        .post("/v1/assignment-runs")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private void drain() {
    while (worker.runNext()) {
      // every queued run
    }
  }

  private int reservedOfLots() {
    return new RunTestData(null, lots, subscribers).reserved();
  }

  private JsonPath allocationOf(long run, String subscriber) {
    return Api.staff()
        .queryParam("reference", RunReservationService.referenceOf(run, subscriber))
        .get("/v1/allocations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldAllocateEveryBoxAtOnceAndKeepTheLedgerReconciled() {
    String brand = boxLine();
    long run = startCommit(brand);

    drain();

    Api.staff().get("/v1/assignment-runs/{id}", run).then().body("status", equalTo("SUCCEEDED"));
    assertThat(reservedOfLots()).isEqualTo(6);
    for (String subscriber : subscribers) {
      JsonPath allocation = allocationOf(run, subscriber);
      assertThat(allocation.getList("items")).hasSize(1);
      assertThat(allocation.getString("items[0].state")).isEqualTo("ALLOCATED");
      assertThat(allocation.getList("items[0].lines")).hasSize(2);
    }
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldAllowOneCommitPerBrandAndDateUntilItIsCancelled() {
    String brand = boxLine();
    long first = startCommit(brand);
    Api.staff()
        .body(
            Map.of("deliveryDate", delivery.toString(), "brands", List.of(brand), "mode", "COMMIT"))
        .post("/v1/assignment-runs")
        .then()
        .statusCode(409)
        .body("code", equalTo("COMMIT_IN_PROGRESS"));
    assertThat(start(brand, "PLAN")).isEqualTo(202);
    drain();
    assertThat(reservedOfLots()).isEqualTo(6);
    assertThat(start(brand, "COMMIT"))
        .as("a succeeded COMMIT still holds the brand and date: a second would allocate twice")
        .isEqualTo(409);

    Api.staff()
        .post("/v1/assignment-runs/{id}/cancel", first)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));

    assertThat(reservedOfLots()).isZero();
    assertThat(allocationOf(first, subscribers.get(0)).getList("items.state"))
        .containsOnly("RELEASED");
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
    assertThat(start(brand, "COMMIT")).isEqualTo(202);
    drain();
    assertThat(reservedOfLots()).isEqualTo(6);
  }

  @Test
  void shouldRecordTheBoxesItShipsAsDeliveryHistory() {
    String brand = boxLine();
    long run = startCommit(brand);
    drain();
    String subscriber = subscribers.get(0);
    JsonPath allocation = allocationOf(run, subscriber);
    long id = allocation.getLong("items[0].id");
    List<String> skus = allocation.getList("items[0].lines.sku");

    Api.staff().post("/v1/allocations/{id}/ship", id).then().statusCode(200);

    Api.staff()
        .get("/v1/subscribers/{id}/deliveries", subscriber)
        .then()
        .statusCode(200)
        .body("sku", hasItems(skus.toArray()));
  }

  @Test
  void shouldCommitUnitsOfAHoldThatLapsedBeforeTheSweeperRan() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    clock.set(start);
    String brand = boxLine();
    for (long lot : lots) {
      String sku = Api.staff().get("/v1/lots/{id}", lot).then().extract().path("sku");
      Map<String, Object> hold = TestData.allocation(brand, "HOLD", Map.of(sku, 5));
      hold.put("holdUntil", start.plus(10, ChronoUnit.MINUTES).toString());
      TestData.createAllocation(hold);
    }
    assertThat(reservedOfLots()).isEqualTo(15);
    clock.set(start.plus(11, ChronoUnit.MINUTES));

    long run = startCommit(brand);
    drain();

    Api.staff().get("/v1/assignment-runs/{id}", run).then().body("status", equalTo("SUCCEEDED"));
    // holds on products the run did not use lapse too; once swept, only the run's 6 units remain
    holdRelease.releaseLapsedHolds(100);
    assertThat(reservedOfLots()).isEqualTo(6);
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldWriteNothingWhenALotNoLongerHasTheUnitsARunChose() {
    String brand = boxLine();
    long run = startCommit(brand);
    drain();
    long lot = lots.get(0);
    String sku = Api.staff().get("/v1/lots/{id}", lot).then().extract().path("sku");
    List<BoxReservation> tooMany = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      tooMany.add(
          new BoxReservation(
              brand, TestData.unique("late"), List.of(new BoxReservation.Unit(sku, lot))));
    }
    int reservedBefore = reservedOfLots();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(() -> reservations.reserve(run + 1_000_000, delivery, tooMany, "test")))
        .isInstanceOf(StockChangedException.class);

    assertThat(reservedOfLots()).isEqualTo(reservedBefore);
    Api.staff()
        .queryParam(
            "reference",
            RunReservationService.referenceOf(run + 1_000_000, tooMany.get(0).subscriberId()))
        .get("/v1/allocations")
        .then()
        .body("items", empty());
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }
}
