package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.inventory.BoxReservation;
import me.snaq.inventory.inventory.RunReservationService;
import me.snaq.inventory.inventory.StockChangedException;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Ring-fences of brands outside a run (DESIGN 3): PLAN and COMMIT leave them alone, counting what
 * the fenced brand already holds, and COMMIT refuses boxes that would take them.
 */
@QuarkusTest
class RunQuotaTest {
  @Inject RunWorker worker;
  @Inject RunReservationService reservations;

  private final LocalDate delivery = TestData.today().plusDays(7);

  /**
   * Six due boxes of two items from three products of five units (15 units for 12 items), the first
   * product's house stock ring-fenced for a brand with no box in the run.
   */
  private record World(RunTestData line, String fenced, String sku) {}

  private World world(int reserved) {
    RunTestData line = RunTestData.boxLine(delivery, 6);
    String fenced = TestData.createBoxLine();
    String sku = skuOf(line.lots().get(0));
    Api.staff()
        .body(Map.of("brands", List.of(line.brand(), fenced)))
        .put("/v1/products/{sku}/eligibility", sku)
        .then()
        .statusCode(200);
    Api.staff()
        .body(Map.of("reserved", reserved))
        .put("/v1/brands/{code}/quotas/{sku}", fenced, sku)
        .then()
        .statusCode(201);
    return new World(line, fenced, sku);
  }

  private static String skuOf(long lot) {
    return Api.staff().get("/v1/lots/{id}", lot).then().extract().path("sku");
  }

  private long run(World world, String mode) {
    long id = world.line().runToEnd(worker, delivery, mode);
    Api.staff().get("/v1/assignment-runs/{id}", id).then().body("status", equalTo("SUCCEEDED"));
    return id;
  }

  /** Units of the product the run's boxes hold. */
  private static int unitsOf(long run, String sku) {
    JsonPath boxes =
        Api.staff()
            .queryParam("limit", 100)
            .get("/v1/assignment-runs/{id}/boxes", run)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return (int)
        boxes.getList("items.items.sku").stream()
            .flatMap(items -> ((List<?>) items).stream())
            .filter(sku::equals)
            .count();
  }

  @Test
  void shouldLeaveTheRingFenceOfABrandWithNoBoxDueToThatBrand() {
    World world = world(4);

    long plan = run(world, "PLAN");
    long commit = run(world, "COMMIT");

    assertThat(unitsOf(plan, world.sku())).isEqualTo(1);
    assertThat(unitsOf(commit, world.sku())).isEqualTo(1);
    Api.staff()
        .get("/v1/lots/{id}", world.line().lots().get(0))
        .then()
        .body("reserved", equalTo(1));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldCountWhatTheFencedBrandAlreadyHoldsAgainstItsFence() {
    World world = world(4);
    TestData.createAllocation(TestData.allocation(world.fenced(), "FIRM", Map.of(world.sku(), 2)));

    long plan = run(world, "PLAN");
    long commit = run(world, "COMMIT");

    // 3 free units, 2 of them still fenced: the run may take 1
    assertThat(unitsOf(plan, world.sku())).isEqualTo(1);
    assertThat(unitsOf(commit, world.sku())).isEqualTo(1);
    Api.staff()
        .get("/v1/lots/{id}", world.line().lots().get(0))
        .then()
        .body("reserved", equalTo(3));
  }

  @Test
  void shouldRefuseACommitWhoseBoxesTakeAnotherBrandsRingFencedUnits() {
    World world = world(4);
    long lot = world.line().lots().get(0);
    List<BoxReservation> boxes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      boxes.add(
          new BoxReservation(
              world.line().brand(),
              TestData.unique("box"),
              List.of(new BoxReservation.Unit(world.sku(), lot))));
    }

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(() -> reservations.reserve(-System.nanoTime(), delivery, boxes, "test")))
        .isInstanceOf(StockChangedException.class)
        .hasMessageContaining("ring-fenced");

    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(0));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }
}
