package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.allocation;
import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.Race;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** No oversell, ever: many threads racing for the same units. */
@QuarkusTest
class AllocationConcurrencyTest {
  private static final int THREADS = 50;

  @Test
  void shouldReserveExactlyTheUnitsOnHandWhenFiftyThreadsRace() throws Exception {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long first = TestData.receiveLot(sku, null, today().plusDays(100), 60);
    long second = TestData.receiveLot(sku, null, today().plusDays(120), 40);

    List<Integer> statuses =
        Race.ofMany(
            THREADS,
            () -> {
              List<Integer> mine = new ArrayList<>();
              for (int attempt = 0; attempt < 3; attempt++) {
                mine.add(
                    Api.staff()
                        .body(allocation(brand, "FIRM", Map.of(sku, 1)))
                        .post("/v1/allocations")
                        .statusCode());
              }
              return mine;
            });

    assertThat(statuses).hasSize(150).isSubsetOf(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(100);
    Api.staff().get("/v1/lots/{id}", first).then().body("reserved", equalTo(60));
    Api.staff().get("/v1/lots/{id}", second).then().body("reserved", equalTo(40));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldCreateOneAllocationWhenTheSameReferenceArrivesManyTimesAtOnce() throws Exception {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 50);
    Map<String, Object> body = allocation(brand, "FIRM", Map.of(sku, 2));

    List<String> outcomes =
        Race.of(
            10,
            () -> {
              var response = Api.staff().body(body).post("/v1/allocations");
              return response.statusCode() == 201
                  ? "201"
                  : response.statusCode() + " " + response.jsonPath().getString("code");
            });

    assertThat(outcomes).filteredOn("201"::equals).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.equals("201"))
        .hasSize(9)
        .containsOnly("409 REFERENCE_IN_USE");
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(2));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldCreateOneAllocationWhenTheSameKeyArrivesManyTimesAtOnce() throws Exception {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 50);
    Map<String, Object> body = allocation(brand, "FIRM", Map.of(sku, 2));
    String key = TestData.unique("same");
    List<Integer> ids =
        Race.ofMany(
            10,
            () ->
                List.of(
                    Api.staff()
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post("/v1/allocations")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<Integer>path("id")));
    assertThat(ids).hasSize(10).containsOnly(ids.get(0));
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(2));
  }
}
