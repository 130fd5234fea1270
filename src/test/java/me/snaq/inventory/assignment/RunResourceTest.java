package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.Race;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** PLAN runs through the API, with the worker driven by the test. */
@QuarkusTest
class RunResourceTest {
  @Inject RunWorker worker;
  @Inject AgroalDataSource dataSource;

  private final LocalDate delivery = TestData.today().plusDays(7);

  private String boxLineWithSubscribers() {
    return RunTestData.boxLine(delivery, 2).brand();
  }

  private JsonPath start(String brand, String key) {
    var request = Api.raw(Api.key(Role.ASSIGNER)).contentType("application/json");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request
        .body(Map.of("deliveryDate", delivery.toString(), "brands", List.of(brand), "mode", "PLAN"))
        .post("/v1/assignment-runs")
        .then()
        .statusCode(202)
        .header("Location", notNullValue())
        .body("status", equalTo("QUEUED"))
        .extract()
        .jsonPath();
  }

  private void drain() {
    while (worker.runNext()) {
      // every queued run, this test's included
    }
  }

  @Test
  void shouldTakeAPlanFromTriggerToSucceededWithBoxesDemandAndMetrics() {
    String brand = boxLineWithSubscribers();
    long id = start(brand, null).getLong("id");

    drain();

    Api.staff()
        .get("/v1/assignment-runs/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"))
        .body("attempts", equalTo(1))
        .body("metrics.boxes", equalTo(2))
        .body("metrics.shortBoxes", equalTo(0))
        .body("phaseSeconds.LOAD", notNullValue())
        .body("phaseSeconds.SAVE", notNullValue());
    JsonPath boxes =
        Api.staff()
            .get("/v1/assignment-runs/{id}/boxes", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(boxes.getList("items")).hasSize(2);
    assertThat(boxes.getList("items.items.reason.flatten()")).hasSize(4).containsOnly("DISCOVERY");
    Api.staff()
        .queryParam("short", true)
        .get("/v1/assignment-runs/{id}/boxes", id)
        .then()
        .body("items", hasSize(0));
    List<Integer> units =
        Api.staff()
            .get("/v1/assignment-runs/{id}/demand", id)
            .then()
            .extract()
            .jsonPath()
            .getList("units");
    assertThat(units.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
  }

  @Test
  void shouldReportTheUnitsWantedOfAProductOutOfStockAsShort() {
    RunTestData line = RunTestData.boxLine(delivery, 0);
    String loved = TestData.createProduct("candy", line.brand());
    for (int i = 0; i < 3; i++) {
      Map<String, Object> profile = TestData.subscriber(TestData.unique("sub"), line.brand());
      profile.put("ratings", Map.of(loved, "LOVE"));
      Api.staff().body(List.of(profile)).put("/v1/subscribers").then().statusCode(200);
    }
    long id = start(line.brand(), null).getLong("id");

    drain();

    JsonPath demand =
        Api.staff()
            .get("/v1/assignment-runs/{id}/demand", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(demand.getMap("find { it.sku == '" + loved + "' }"))
        .containsEntry("wanted", 3)
        .containsEntry("available", 0)
        .containsEntry("units", 0)
        .containsEntry("short", 3)
        .containsEntry("unmet", 3);
    assertThat(demand.getList("wanted", Integer.class).stream().mapToInt(Integer::intValue).sum())
        .as("each 2-item box wants its loved product and one of the three in stock")
        .isEqualTo(6);
    assertThat(demand.getList("units", Integer.class).stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(6);
  }

  @Test
  void shouldReturnTheSameRunForTheSameIdempotencyKey() {
    String brand = boxLineWithSubscribers();
    String key = TestData.unique("run");
    assertThat(start(brand, key).getLong("id")).isEqualTo(start(brand, key).getLong("id"));
  }

  @Test
  void shouldRefuseUnknownBrandsAndTheHouse() {
    for (var brand :
        Map.of("no-such-brand", "UNKNOWN_BRAND", "house", "RESERVED_BRAND").entrySet()) {
      Api.staff()
          .body(
              Map.of(
                  "deliveryDate",
                  delivery.toString(),
                  "brands",
                  List.of(brand.getKey()),
                  "mode",
                  "PLAN"))
          .post("/v1/assignment-runs")
          .then()
          .statusCode(422)
          .body("code", equalTo(brand.getValue()));
    }
    Api.staff()
        .body(Map.of("brands", List.of(), "mode", "PLAN"))
        .post("/v1/assignment-runs")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  @Test
  void shouldCancelAQueuedRunAndRefuseToCancelAFinishedOne() {
    String brand = boxLineWithSubscribers();
    long id = start(brand, null).getLong("id");
    Api.staff()
        .post("/v1/assignment-runs/{id}/cancel", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    drain();
    Api.staff().get("/v1/assignment-runs/{id}", id).then().body("status", equalTo("CANCELLED"));
    Api.staff()
        .post("/v1/assignment-runs/{id}/cancel", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("RUN_FINISHED"));
    Api.staff()
        .get("/v1/assignment-runs/{id}", 999_999_999L)
        .then()
        .statusCode(404)
        .body("code", equalTo("RUN_NOT_FOUND"));
  }

  @Test
  void shouldClaimAgainARunWhoseWorkerDiedAndFailOneThatKeepsDying() throws SQLException {
    String brand = boxLineWithSubscribers();
    long resumed = start(brand, null).getLong("id");
    long abandoned = start(brand, null).getLong("id");
    simulateDeadWorker(resumed, 1);
    simulateDeadWorker(abandoned, 3);

    drain();

    Api.staff()
        .get("/v1/assignment-runs/{id}", resumed)
        .then()
        .body("status", equalTo("SUCCEEDED"))
        .body("attempts", equalTo(2))
        .body("metrics.boxes", equalTo(2));
    Api.staff()
        .get("/v1/assignment-runs/{id}", abandoned)
        .then()
        .body("status", equalTo("FAILED"))
        .body("error", notNullValue());
  }

  @Test
  void shouldLetExactlyOneOfManyWorkersTakeARun() throws Exception {
    String brand = boxLineWithSubscribers();
    drain();
    long id = start(brand, null).getLong("id");
    List<Boolean> took = Race.of(4, worker::runNext);
    assertThat(took).containsOnlyOnce(true);
    Api.staff()
        .get("/v1/assignment-runs/{id}", id)
        .then()
        .body("status", equalTo("SUCCEEDED"))
        .body("attempts", equalTo(1));
  }

  /** As if a worker had claimed the run and died: RUNNING, with a lease that lapsed. */
  private void simulateDeadWorker(long run, int attempts) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE assignment_run SET status = 'RUNNING', worker = 'dead-worker',"
                    + " attempts = ?, lease_until = now() - interval '1 second',"
                    + " started_at = now() WHERE id = ?")) {
      update.setInt(1, attempts);
      update.setLong(2, run);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
