package me.snaq.inventory.inventory.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.TwoLotWorld;
import org.junit.jupiter.api.Test;

/**
 * Shipping a committed run: larger than a batch (20 in tests), so 202 and batches of one
 * transaction each; a recall before or during it; a batch dying mid-way; repeats.
 */
@QuarkusTest
class RunShipmentTest {
  private static final int BOXES = 45;
  @Inject RunWorker runs;
  @Inject ShipmentWorker shipping;
  @Inject ShipmentBatches batches;

  private static ExtractableResponse<Response> shipRun(long run, Object body, String key) {
    var request = Api.staff();
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return (body == null ? request : request.body(body))
        .post("/v1/assignment-runs/{id}/ship", run)
        .then()
        .extract();
  }

  /** Every item of a shipment: allocation id to status, with the reason of a refused one. */
  private static Map<Long, String> items(long shipment) {
    Map<Long, String> all = new HashMap<>();
    String cursor = null;
    do {
      var request = Api.staff().queryParam("limit", 200);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/v1/shipments/{id}/items", shipment)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
        all.put(
            ((Number) item.get("allocationId")).longValue(),
            item.get("status") + (item.get("reason") == null ? "" : ":" + item.get("reason")));
      }
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  /** The boxes (allocation ids) of the run that pick from the lot. */
  private static Set<Long> boxesPicking(List<Map<String, Object>> pickList, long lot) {
    return pickList.stream()
        .filter(l -> ((Number) l.get("lotId")).longValue() == lot)
        .map(l -> ((Number) l.get("allocationId")).longValue())
        .collect(Collectors.toSet());
  }

  private static Set<Long> boxes(List<Map<String, Object>> pickList) {
    return pickList.stream()
        .map(l -> ((Number) l.get("allocationId")).longValue())
        .collect(Collectors.toSet());
  }

  private static void recall(long lot) {
    Api.staff()
        .body(Map.of("reason", "supplier notice"))
        .post("/v1/lots/{id}/recall", lot)
        .then()
        .statusCode(200);
  }

  @Test
  void shouldShipARunInBatchesRefusingTheRecalledLotsBoxes() {
    TwoLotWorld world = TwoLotWorld.create(TestData.today().plusDays(11), BOXES, 10);
    long run = world.run(runs, "COMMIT");
    List<Map<String, Object>> pickList = TwoLotWorld.pickList(run, 200);
    long recalled = world.lots().get(0);
    Set<Long> onRecalled = boxesPicking(pickList, recalled);
    assertThat(onRecalled).hasSize(10);
    recall(recalled);

    ExtractableResponse<Response> started = shipRun(run, null, "ship-run-" + run);

    assertThat(started.statusCode()).isEqualTo(202);
    long id = started.jsonPath().getLong("id");
    assertThat(started.header("Location")).endsWith("/v1/shipments/" + id);
    assertThat(started.jsonPath().getInt("total")).isEqualTo(BOXES);
    assertThat(shipping.drain())
        .as("this shipment and any a failed run left")
        .isGreaterThanOrEqualTo(BOXES);
    Api.staff()
        .get("/v1/shipments/{id}", id)
        .then()
        .body("status", equalTo("SUCCEEDED"))
        .body("shipped", equalTo(BOXES - 10))
        .body("refused", equalTo(10));
    Map<Long, String> items = items(id);
    for (long box : boxes(pickList)) {
      assertThat(items.get(box))
          .isEqualTo(onRecalled.contains(box) ? "REFUSED:LOT_RECALLED" : "SHIPPED");
    }
    ExtractableResponse<Response> repeat = shipRun(run, null, "ship-run-" + run);
    assertThat(repeat.jsonPath().getLong("id")).isEqualTo(id);
    assertThat(repeat.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(TwoLotWorld.lot(recalled).getInt("reserved")).isEqualTo(10);
    String shippedSubscriber =
        (String)
            pickList.stream()
                .filter(l -> !onRecalled.contains(((Number) l.get("allocationId")).longValue()))
                .findFirst()
                .orElseThrow()
                .get("subscriberId");
    assertThat(
            Api.staff()
                .get("/v1/subscribers/{id}/deliveries", shippedSubscriber)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("sku"))
        .as("the shipped box's three products enter the history")
        .hasSize(3);
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
    Api.staff().get("/v1/assignment-runs/{id}/pick-summary", run).then().body("units", equalTo(30));
  }

  @Test
  void shouldLeaveEveryBoxShippedOrNotWhenABatchDiesMidWay() {
    TwoLotWorld world = TwoLotWorld.create(TestData.today().plusDays(12), BOXES, 10);
    long run = world.run(runs, "COMMIT");
    long id = shipRun(run, null, null).jsonPath().getLong("id");
    Map<Long, Integer> onHandBefore = new HashMap<>();
    world.lots().forEach(lot -> onHandBefore.put(lot, TwoLotWorld.lot(lot).getInt("onHand")));

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          assertThat(batches.shipNextHere(id)).isEqualTo(20);
                          throw new IllegalStateException("the replica dies before its commit");
                        }))
        .hasMessageContaining("replica dies");

    assertThat(items(id).values()).containsOnly("PENDING");
    world
        .lots()
        .forEach(
            lot ->
                assertThat(TwoLotWorld.lot(lot).getInt("onHand")).isEqualTo(onHandBefore.get(lot)));
    assertThat(shipping.drain())
        .as("this shipment and any a failed run left")
        .isGreaterThanOrEqualTo(BOXES);
    assertThat(items(id).values()).containsOnly("SHIPPED");
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldShipEveryBoxOrRefuseItForTheRecallWhenTheyRace() throws Exception {
    TwoLotWorld world = TwoLotWorld.create(TestData.today().plusDays(13), BOXES, 10);
    long run = world.run(runs, "COMMIT");
    List<Map<String, Object>> pickList = TwoLotWorld.pickList(run, 200);
    long recalled = world.lots().get(2);
    Set<Long> onRecalled = boxesPicking(pickList, recalled);
    long id = shipRun(run, null, null).jsonPath().getLong("id");

    CompletableFuture<Integer> shipped = CompletableFuture.supplyAsync(shipping::drain);
    int recall =
        Api.staff()
            .body(Map.of("reason", "supplier notice"))
            .post("/v1/lots/{id}/recall", recalled)
            .then()
            .extract()
            .statusCode();
    // 409 only when every unit had shipped first: a depleted lot has nothing left to hold
    assertThat(recall).isIn(200, 409);
    assertThat(shipped.get()).isGreaterThanOrEqualTo(BOXES);

    Map<Long, String> items = items(id);
    List<Long> refused = new ArrayList<>();
    for (long box : boxes(pickList)) {
      if (onRecalled.contains(box)) {
        assertThat(items.get(box)).isIn("SHIPPED", "REFUSED:LOT_RECALLED");
        if (!items.get(box).equals("SHIPPED")) {
          refused.add(box);
        }
      } else {
        assertThat(items.get(box)).as("box %d picks no recalled lot", box).isEqualTo("SHIPPED");
      }
    }
    assertThat(TwoLotWorld.lot(recalled).getInt("reserved"))
        .as("the recalled lot still reserves the units of its refused boxes")
        .isEqualTo(refused.size());
    assertThat(TwoLotWorld.lot(recalled).getInt("onHand"))
        .isEqualTo(10 - (onRecalled.size() - refused.size()));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldShipPartOfARunAndRefuseWhatIsNotItsOwn() {
    TwoLotWorld world = TwoLotWorld.create(TestData.today().plusDays(14), 4, 2);
    long run = world.run(runs, "COMMIT");
    long plan = world.run(runs, "PLAN");
    List<Map<String, Object>> pickList = TwoLotWorld.pickList(run, 200);
    long box = ((Number) pickList.get(0).get("allocationId")).longValue();
    String brand = world.brand();
    long foreign =
        TestData.createAllocation(
            TestData.allocation(brand, "FIRM", Map.of((String) pickList.get(0).get("sku"), 1)));

    JsonPath part = shipRun(run, Map.of("allocationIds", List.of(box, foreign)), null).jsonPath();
    assertThat(part.getMap("items[0]")).containsEntry("status", "SHIPPED");
    assertThat(items(part.getLong("id")))
        .containsEntry(box, "SHIPPED")
        .containsEntry(foreign, "REFUSED:NOT_FOUND");

    JsonPath bySubscriber =
        shipRun(run, Map.of("subscriberIds", world.subscribers().subList(0, 4)), null).jsonPath();
    assertThat(bySubscriber.getInt("total")).isEqualTo(4);
    assertThat(bySubscriber.getInt("shipped")).isEqualTo(3);
    assertThat(items(bySubscriber.getLong("id"))).containsEntry(box, "REFUSED:ALREADY_SHIPPED");

    assertThat(shipRun(plan, null, null).jsonPath().getString("code"))
        .isEqualTo("RUN_NOT_COMMITTED");
    assertThat(shipRun(987_654_321L, null, null).statusCode()).isEqualTo(404);
    assertThat(
            shipRun(run, Map.of("allocationIds", List.of(box), "subscriberIds", List.of("x")), null)
                .statusCode())
        .isEqualTo(400);
    assertThat(new HashSet<>(items(part.getLong("id")).keySet())).hasSize(2);
  }
}
