package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.allocation;
import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.HeldTransaction;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A lot that changes between an allocation's free-stock read and its write (a hold does not take
 * the product locks): the write takes nothing, and the allocation is decided again on the stock as
 * it now is.
 */
@QuarkusTest
class AllocationRetryTest {
  private static final Caller QUALITY = new Caller("retry-test", Role.STAFF, null);

  @Inject Jdbc jdbc;
  @Inject LotService lots;
  @Inject DataSource dataSource;

  @Test
  void shouldTakeTheNextLotWhenTheChosenOneIsHeldBeforeTheWriteLandsOnIt() throws Exception {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long sooner = TestData.receiveLot(sku, null, today().plusDays(100), 10);
    long later = TestData.receiveLot(sku, null, today().plusDays(120), 10);
    Response response;
    // Quality control locks the sooner lot's row (not the product): the allocation still reads it
    // as free and picks it (FEFO), then its write waits for the row; the hold commits meanwhile.
    try (HeldTransaction quality =
        HeldTransaction.start(
            jdbc,
            () ->
                jdbc.list(
                    "SELECT id FROM inventory_lot WHERE id = ? FOR UPDATE",
                    row -> row.getLong(1),
                    sooner))) {
      CompletableFuture<Response> created =
          CompletableFuture.supplyAsync(
              () ->
                  Api.staff()
                      .body(allocation(brand, "FIRM", Map.of(sku, 3)))
                      .post("/v1/allocations"));
      quality.awaitBlocking(dataSource);
      quality.commitAfter(() -> lots.hold(QUALITY, sooner, "recall", null));
      response = created.get(30, TimeUnit.SECONDS);
    }

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.jsonPath().getList("lines[0].lots.lotId", Long.class))
        .containsExactly(later);
    Api.staff().get("/v1/lots/{id}", sooner).then().body("reserved", equalTo(0));
    Api.staff().get("/v1/lots/{id}", sooner).then().body("status", equalTo("ON_HOLD"));
    Api.staff().get("/v1/lots/{id}", later).then().body("reserved", equalTo(3));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }
}
