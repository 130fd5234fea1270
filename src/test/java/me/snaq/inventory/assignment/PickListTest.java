package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.shared.web.CsvRecords;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.TwoLotWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pick list and pick summary of a committed run, on a world of several lots per product in
 * different locations (FEFO takes the short-dated lot first, so boxes pick from both): walking
 * order, pages equal to the CSV, totals equal to what the run reserved lot by lot.
 */
@QuarkusTest
class PickListTest {
  private static final int BOXES = 4;
  @Inject RunWorker worker;

  private TwoLotWorld world;

  @BeforeEach
  void boxLineWithTwoLotsPerProduct() {
    world = TwoLotWorld.create(TestData.today().plusDays(9), BOXES, 2);
  }

  private long run(String mode) {
    return world.run(worker, mode);
  }

  private static List<Map<String, Object>> pickList(long run, int limit) {
    return TwoLotWorld.pickList(run, limit);
  }

  @Test
  void shouldListEveryUnitOfEveryBoxInWalkingOrderAndMatchTheCsv() {
    long run = run("COMMIT");

    List<Map<String, Object>> lines = pickList(run, 5);

    assertThat(lines.stream().mapToInt(l -> (Integer) l.get("quantity")).sum())
        .isEqualTo(BOXES * 3);
    Comparator<Map<String, Object>> walking =
        Comparator.<Map<String, Object>, String>comparing(l -> (String) l.get("location"))
            .thenComparing(l -> (String) l.get("subscriberId"))
            .thenComparing(l -> ((Number) l.get("allocationId")).longValue())
            .thenComparing(l -> (String) l.get("sku"));
    assertThat(lines).isSortedAccordingTo(walking);
    assertThat(lines).allSatisfy(l -> assertThat(l.get("productName")).isNotNull());
    assertThat(lines.stream().map(l -> l.get("location")).distinct())
        .as("FEFO used the short-dated lots first, then the later ones elsewhere")
        .hasSize(6);

    String csv =
        Api.staff()
            .accept("text/csv")
            .get("/v1/assignment-runs/{id}/pick-list", run)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<List<String>> records = CsvRecords.readAll(csv);
    assertThat(records.get(0)).startsWith("location", "subscriber_id", "brand", "allocation_id");
    assertThat(records.subList(1, records.size()))
        .extracting(r -> r.get(0) + "/" + r.get(3) + "/" + r.get(6) + "/" + r.get(9))
        .containsExactlyElementsOf(
            lines.stream()
                .map(
                    l ->
                        l.get("location")
                            + "/"
                            + l.get("allocationId")
                            + "/"
                            + l.get("lotId")
                            + "/"
                            + l.get("quantity"))
                .toList());
  }

  @Test
  void shouldSumToWhatTheRunReservedLotByLot() {
    long run = run("COMMIT");

    JsonPath summary =
        Api.staff()
            .get("/v1/assignment-runs/{id}/pick-summary", run)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    Map<Long, Integer> pulled = new HashMap<>();
    for (Map<String, Object> pull : summary.<Map<String, Object>>getList("pulls")) {
      pulled.merge(
          ((Number) pull.get("lotId")).longValue(), (Integer) pull.get("units"), Integer::sum);
    }
    for (long lot : world.lots()) {
      int reserved =
          Api.staff().get("/v1/lots/{id}", lot).then().extract().jsonPath().getInt("reserved");
      int ledger =
          Api.staff()
              .queryParam("lotId", lot)
              .queryParam("reference", "run:" + run)
              .queryParam("type", "RESERVE")
              .get("/v1/movements")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .<Integer>getList("items.reservedDelta")
              .stream()
              .mapToInt(Integer::intValue)
              .sum();
      assertThat(pulled.getOrDefault(lot, 0))
          .as("lot %d", lot)
          .isEqualTo(reserved)
          .isEqualTo(ledger);
    }
    assertThat(summary.getInt("units")).isEqualTo(BOXES * 3);
    assertThat(
            summary.<Integer>getList("products.units").stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(BOXES * 3);
  }

  @Test
  void shouldDropAShippedBoxAndCoverEveryCommittedRunOfTheDate() {
    long run = run("COMMIT");
    Map<String, Object> first = pickList(run, 200).get(0);
    long shipped = ((Number) first.get("allocationId")).longValue();
    Api.staff().post("/v1/allocations/{id}/ship", shipped).then().statusCode(200);

    List<Map<String, Object>> after = pickList(run, 200);

    assertThat(after).noneMatch(l -> ((Number) l.get("allocationId")).longValue() == shipped);
    assertThat(after.stream().mapToInt(l -> (Integer) l.get("quantity")).sum())
        .isEqualTo((BOXES - 1) * 3);
    JsonPath byDate =
        Api.staff()
            .queryParam("location", first.get("location"))
            .queryParam("limit", 200)
            .get("/v1/pick-lists/{date}", world.delivery().toString())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byDate.<String>getList("items.location"))
        .containsOnly((String) first.get("location"));
    assertThat(byDate.<Integer>getList("items.allocationId")).doesNotContain((int) shipped);
  }

  @Test
  void shouldRefuseAPlanRunAnUnknownRunAndABadCursor() {
    long plan = run("PLAN");
    Api.staff()
        .get("/v1/assignment-runs/{id}/pick-list", plan)
        .then()
        .statusCode(409)
        .body("code", equalTo("RUN_NOT_COMMITTED"));
    Api.staff()
        .get("/v1/assignment-runs/{id}/pick-summary", plan)
        .then()
        .statusCode(409)
        .body("code", equalTo("RUN_NOT_COMMITTED"));
    Api.staff().get("/v1/assignment-runs/{id}/pick-list", 987_654_321L).then().statusCode(404);
    Api.staff().get("/v1/pick-lists/{date}", "not-a-date").then().statusCode(400);
    long commit = run("COMMIT");
    Api.staff()
        .queryParam("cursor", "azpiYWQ")
        .get("/v1/assignment-runs/{id}/pick-list", commit)
        .then()
        .statusCode(400);
    Api.partner(TestData.createPartner())
        .get("/v1/assignment-runs/{id}/pick-list", commit)
        .then()
        .statusCode(404)
        .body("code", equalTo("RUN_NOT_FOUND"));
  }
}
