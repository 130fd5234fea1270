package me.snaq.inventory.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.Race;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** Racing writers: exactly one wins, the others get a clear 4xx, and nothing is a 5xx. */
@QuarkusTest
class ConcurrentCatalogChangesTest {
  private static final int WRITERS = 16;

  @Test
  void shouldCreateASkuOnceWhenManyRaceToCreateIt() throws Exception {
    String sku = TestData.uniqueSku();
    List<Integer> statuses =
        Race.of(
            WRITERS,
            () ->
                Api.staff().body(TestData.product(sku, "nuts")).post("/v1/products").statusCode());
    assertThat(statuses).isSubsetOf(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
  }

  @Test
  void shouldApplyOneOfManyUpdatesMadeAgainstTheSameVersion() throws Exception {
    String brand = TestData.createPartner();
    List<Integer> statuses =
        Race.of(
            WRITERS,
            () ->
                Api.staff()
                    .header("If-Match", "\"0\"")
                    .body(Map.of("name", "Racer " + Thread.currentThread().getId(), "active", true))
                    .put("/v1/brands/{code}", brand)
                    .statusCode());
    assertThat(statuses).isSubsetOf(200, 409, 412);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    Api.staff().get("/v1/brands/{code}", brand).then().header("ETag", "\"1\"");
  }
}
