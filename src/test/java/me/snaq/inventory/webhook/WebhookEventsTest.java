package me.snaq.inventory.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.inventory.ExpiryService;
import me.snaq.inventory.inventory.allocation.HoldRelease;
import me.snaq.inventory.inventory.events.StockLowWatch;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestClock;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.WebhookReceiver;
import me.snaq.inventory.support.WebhookReceiver.Received;
import me.snaq.inventory.support.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every event type, caused through the API (or the jobs), heard by a real receiver. */
@QuarkusTest
class WebhookEventsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final WebhookReceiver receiver = new WebhookReceiver();

  @Inject TestClock clock;
  @Inject HoldRelease holds;
  @Inject ExpiryService expiry;
  @Inject StockLowWatch stockLow;
  @Inject RunWorker worker;

  @AfterEach
  void cleanUp() {
    clock.reset();
    Webhooks.deleteAll();
    receiver.close();
  }

  private Received awaitOne(String type, String path, Object value) {
    return receiver
        .await(r -> r.type().equals(type) && value.equals(r.json().get(path)), 1, WAIT)
        .get(0);
  }

  @Test
  void shouldTellALotsLifeReceivedHeldUnheldAndRecalledWithWhoItServed() {
    String partner = TestData.createPartner();
    Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.*"), null);
    String sku = TestData.createProduct("nuts", partner);
    long lot = TestData.receiveLot(sku, partner, TestData.today().plusDays(90), 30);
    int lotId = (int) lot;
    awaitOne("lot.received", "data.id", lotId);

    Api.staff().body(Map.of("reason", "pest check")).post("/v1/lots/{id}/hold", lot);
    assertThat(awaitOne("lot.held", "data.id", lotId).json().getString("data.holdReason"))
        .isEqualTo("pest check");
    Api.staff().body(Map.of()).post("/v1/lots/{id}/unhold", lot);
    assertThat(awaitOne("lot.unheld", "data.id", lotId).json().getString("data.status"))
        .isEqualTo("AVAILABLE");

    long allocation =
        TestData.createAllocation(TestData.allocation(partner, "FIRM", Map.of(sku, 3)));
    Api.staff().body(Map.of("reason", "supplier recall")).post("/v1/lots/{id}/recall", lot);
    Received recalled = awaitOne("lot.recalled", "data.id", lotId);
    assertThat(recalled.json().getString("data.reason")).isEqualTo("supplier recall");
    assertThat(recalled.json().getList("data.allocations.id", Long.class))
        .containsExactly(allocation);
    assertThat(recalled.json().getInt("data.allocations[0].quantity")).isEqualTo(3);
  }

  @Test
  void shouldTellEveryStepOfAnAllocation() {
    String partner = TestData.createPartner();
    Webhooks.create(Api.partner(partner), receiver.url(), List.of("allocation.*"), null);
    String sku = TestData.createProduct("nuts", partner);
    TestData.receiveLot(sku, partner, TestData.today().plusDays(90), 30);

    Map<String, Object> hold = TestData.allocation(partner, "HOLD", Map.of(sku, 2));
    long held = TestData.createAllocation(hold);
    Received created = awaitOne("allocation.created", "data.id", (int) held);
    assertThat(created.json().getString("data.state")).isEqualTo("HELD");
    assertThat(created.json().getString("data.reference")).isEqualTo(hold.get("reference"));
    assertThat(created.json().getInt("data.lines[0].allocated")).isEqualTo(2);

    Api.staff().post("/v1/allocations/{id}/confirm", held).then().statusCode(200);
    awaitOne("allocation.confirmed", "data.id", (int) held);
    Api.staff().post("/v1/allocations/{id}/ship", held).then().statusCode(200);
    assertThat(awaitOne("allocation.shipped", "data.id", (int) held).json().getString("data.state"))
        .isEqualTo("SHIPPED");

    long released = TestData.createAllocation(TestData.allocation(partner, "FIRM", Map.of(sku, 1)));
    Api.staff()
        .body(Map.of("reason", "ORDER_CANCELLED"))
        .post("/v1/allocations/{id}/release", released)
        .then()
        .statusCode(200);
    awaitOne("allocation.released", "data.id", (int) released);

    Instant start = Instant.now();
    clock.set(start);
    Map<String, Object> shortHold = TestData.allocation(partner, "HOLD", Map.of(sku, 1));
    shortHold.put("holdUntil", start.plus(5, ChronoUnit.MINUTES).toString());
    long lapsing = TestData.createAllocation(shortHold);
    clock.set(start.plus(6, ChronoUnit.MINUTES));
    holds.releaseLapsedHolds(1_000);
    assertThat(
            awaitOne("allocation.expired", "data.id", (int) lapsing).json().getString("data.state"))
        .isEqualTo("EXPIRED");
  }

  @Test
  void shouldTellExpiredAndNearExpiryLotsOncePerHorizon() {
    String partner = TestData.createPartner();
    Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.*"), null);
    String sku = TestData.createProduct("nuts", partner);
    long soon = TestData.receiveLot(sku, partner, TestData.today().plusDays(5), 10);
    long today = TestData.receiveLot(sku, partner, TestData.today(), 10);

    expiry.expireDueLots();
    Received near = awaitOne("lot.near_expiry", "data.id", (int) soon);
    assertThat(near.json().getInt("data.horizonDays")).isEqualTo(7);
    assertThat(near.json().getInt("data.daysLeft")).isEqualTo(5);
    expiry.expireDueLots();

    clock.set(TestData.today().plusDays(1).atTime(9, 0).atZone(TestClock.WAREHOUSE).toInstant());
    expiry.expireDueLots();
    assertThat(awaitOne("lot.expired", "data.id", (int) today).json().getString("data.status"))
        .isEqualTo("EXPIRED");
    WebhookReceiver.sleep(500);
    assertThat(receiver.received(r -> r.type().equals("lot.near_expiry")))
        .as("once per lot and horizon, however often the job runs")
        .extracting(r -> r.json().getLong("data.id"))
        .containsOnlyOnce(soon);
  }

  @Test
  void shouldTellOnceWhenAvailabilityFallsBelowAThresholdAndAgainAfterItRecovers() {
    String partner = TestData.createPartner();
    Webhooks.create(Api.partner(partner), receiver.url(), List.of("stock.low"), null);
    String sku = TestData.createProduct("nuts", partner);
    TestData.receiveLot(sku, partner, TestData.today().plusDays(90), 10);
    Api.staff()
        .body(Map.of("threshold", 5))
        .put("/v1/brands/{b}/thresholds/{s}", partner, sku)
        .then()
        .statusCode(201);
    stockLow.check(true);

    long first = TestData.createAllocation(TestData.allocation(partner, "FIRM", Map.of(sku, 6)));
    stockLow.check(true);
    Received low = awaitOne("stock.low", "data.sku", sku);
    assertThat(low.json().getInt("data.available")).isEqualTo(4);
    assertThat(low.json().getInt("data.threshold")).isEqualTo(5);
    TestData.createAllocation(TestData.allocation(partner, "FIRM", Map.of(sku, 1)));
    stockLow.check(true);

    Api.staff()
        .body(Map.of("reason", "ORDER_CANCELLED"))
        .post("/v1/allocations/{id}/release", first)
        .then()
        .statusCode(200);
    stockLow.check(true);
    // the second crossing lands on 2, so an alert repeated at 3 (still below) would show first
    TestData.createAllocation(TestData.allocation(partner, "FIRM", Map.of(sku, 7)));
    stockLow.check(true);
    List<Received> lows = receiver.await(r -> sku.equals(r.json().get("data.sku")), 2, WAIT);
    assertThat(lows).extracting(r -> r.json().getInt("data.available")).containsExactly(4, 2);
  }

  @Test
  void shouldSendARunItsRunEventAndPerBoxEventsOnlyToBrandsThatAskForThem() {
    java.time.LocalDate delivery = TestData.today().plusDays(7);
    RunTestData line = RunTestData.boxLine(delivery, 3);
    Webhooks.create(
        Api.staff(), receiver.url(), List.of("assignment_run.*", "allocation.*"), line.brand());

    long plan = line.runToEnd(worker, delivery, "PLAN");
    Received planned = awaitOne("assignment_run.succeeded", "data.id", (int) plan);
    assertThat(planned.json().getString("brand")).isEqualTo(line.brand());
    assertThat(planned.json().getInt("data.boxes")).isEqualTo(3);
    assertThat(planned.json().getMap("data.metrics")).containsKey("fillRate");

    long commit = line.runToEnd(worker, delivery, "COMMIT");
    awaitOne("assignment_run.succeeded", "data.id", (int) commit);
    WebhookReceiver.sleep(500);
    assertThat(receiver.received(r -> r.type().startsWith("allocation.")))
        .as("a COMMIT sends its run event, not one per box")
        .isEmpty();

    Api.staff().post("/v1/assignment-runs/{id}/cancel", commit).then().statusCode(200);
    Map<String, Object> optIn = new HashMap<>();
    optIn.put("name", "box line " + line.brand());
    optIn.put("active", true);
    optIn.put("runAllocationEvents", true);
    Api.staff().body(optIn).put("/v1/brands/{code}", line.brand()).then().statusCode(200);
    long again = line.runToEnd(worker, delivery, "COMMIT");
    awaitOne("assignment_run.succeeded", "data.id", (int) again);
    assertThat(
            receiver.await(
                r ->
                    r.type().equals("allocation.created")
                        && ((Number) r.json().get("data.runId")).longValue() == again,
                3,
                WAIT))
        .hasSize(3);
  }
}
