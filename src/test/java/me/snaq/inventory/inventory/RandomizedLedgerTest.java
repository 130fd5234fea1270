package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger property against the real database and API: random operations (seeded, so a failure
 * can be replayed) never leave a lot's balance different from its movements, nor below zero.
 */
@QuarkusTest
class RandomizedLedgerTest {
  private static final int LOTS = 3;
  private static final int OPERATIONS = 60;

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20261126L})
  void shouldKeepTheProjectionEqualToTheLedger(long seed) {
    Random random = new Random(seed);
    String sku = TestData.createProduct("nuts");
    List<Long> lots = new ArrayList<>();
    for (int i = 0; i < LOTS; i++) {
      lots.add(TestData.receiveLot(sku, null, today().plusDays(30 + i), 5 + random.nextInt(20)));
    }
    for (int i = 0; i < OPERATIONS; i++) {
      long lot = lots.get(random.nextInt(LOTS));
      int status = operate(random, lot);
      assertThat(status).as("operation %d on lot %d", i, lot).isIn(200, 409);
    }
    for (long lot : lots) {
      JsonPath state = Api.staff().get("/v1/lots/{id}", lot).then().extract().jsonPath();
      List<Integer> deltas =
          Api.staff()
              .queryParam("lotId", lot)
              .queryParam("limit", 200)
              .get("/v1/movements")
              .then()
              .extract()
              .jsonPath()
              .getList("items.onHandDelta", Integer.class);
      int onHand = state.getInt("onHand");
      assertThat(onHand)
          .isEqualTo(deltas.stream().mapToInt(Integer::intValue).sum())
          .isNotNegative();
    }
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  private static int operate(Random random, long lot) {
    int onHand = Api.staff().get("/v1/lots/{id}", lot).then().extract().path("onHand");
    Map<String, Object> body;
    String path;
    switch (random.nextInt(5)) {
      case 0 -> {
        path = "adjustments";
        int delta = random.nextInt(21) - 10;
        body = Map.of("delta", delta == 0 ? 1 : delta, "reason", "OTHER", "expectedOnHand", onHand);
      }
      case 1 -> {
        path = "counts";
        body = Map.of("counted", random.nextInt(30));
      }
      case 2 -> {
        path = "hold";
        body = Map.of("reason", "random check");
      }
      case 3 -> {
        path = "unhold";
        body = Map.of();
      }
      default -> {
        path = "write-off";
        body = Map.of("quantity", 1 + random.nextInt(8), "reason", "DAMAGED");
      }
    }
    return Api.staff().body(body).post("/v1/lots/{id}/" + path, lot).statusCode();
  }
}
