package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.Race;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** Many writers on one lot: never below zero, never a lost update, ledger equals projection. */
@QuarkusTest
class ConcurrentStockChangesTest {
  private static final int WRITERS = 30;
  private static final int UNITS = 10;

  @Test
  void shouldWriteOffExactlyWhatIsThereWhenManyRaceForIt() throws Exception {
    long lot =
        TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(30), UNITS);
    List<Integer> statuses = Race.of(WRITERS, () -> writeOffOne(lot));
    assertThat(statuses).isSubsetOf(200, 409);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(UNITS);
    Api.staff()
        .get("/v1/lots/{id}", lot)
        .then()
        .body("onHand", equalTo(0))
        .body("status", equalTo("DEPLETED"));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldApplyEachOfManyConcurrentCountsAgainstTheQuantityItSaw() throws Exception {
    long lot = TestData.receiveLot(TestData.createProduct("nuts"), null, today().plusDays(30), 100);
    List<Integer> statuses =
        Race.of(
            WRITERS,
            () ->
                Api.staff()
                    .body(Map.of("delta", -1, "reason", "SAMPLE", "expectedOnHand", 100))
                    .post("/v1/lots/{id}/adjustments", lot)
                    .statusCode());
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).isSubsetOf(200, 409);
    Api.staff().get("/v1/lots/{id}", lot).then().body("onHand", equalTo(99));
  }

  private static int writeOffOne(long lot) {
    return Api.staff()
        .body(Map.of("quantity", 1, "reason", "DAMAGED"))
        .post("/v1/lots/{id}/write-off", lot)
        .statusCode();
  }
}
