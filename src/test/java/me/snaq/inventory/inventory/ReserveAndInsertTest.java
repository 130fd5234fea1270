package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationMode;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.persistence.AllocationInserts;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** The one statement that reserves lots and writes allocations: all of it, or no allocation. */
@QuarkusTest
class ReserveAndInsertTest {
  @Inject AllocationInserts inserts;
  @Inject Jdbc jdbc;

  /**
   * A reservation rewrites a lot row many times a second: it must change no indexed column, so
   * PostgreSQL can update the row in place (HOT) instead of adding an entry to every index and
   * leaving dead versions for the FEFO reads to step over (V019).
   */
  @Test
  void shouldReserveWithoutChangingAnyColumnAnIndexOfTheLotCovers() {
    List<String> covered =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    jdbc.list(
                        "SELECT i.relname || ': ' || a.attname FROM pg_index x"
                            + " JOIN pg_class i ON i.oid = x.indexrelid"
                            + " JOIN pg_attribute a ON a.attrelid = x.indrelid"
                            + " WHERE x.indrelid = 'inventory_lot'::regclass"
                            + " AND a.attname IN ('reserved', 'on_hand', 'version', 'updated_at')"
                            + " AND (a.attnum = ANY(x.indkey)"
                            + " OR coalesce(pg_get_expr(x.indpred, x.indrelid), '')"
                            + " || coalesce(pg_get_expr(x.indexprs, x.indrelid), '')"
                            + " ~ ('\\m' || a.attname || '\\M'))",
                        row -> row.getString(1)));

    assertThat(covered).isEmpty();
  }

  @Test
  void shouldWriteNothingWhenALotCannotGiveItsUnits() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long open = TestData.receiveLot(sku, null, today().plusDays(100), 10);
    long held = TestData.receiveLot(sku, null, today().plusDays(120), 10);
    Api.staff()
        .body(Map.of("reason", "damp"))
        .post("/v1/lots/{id}/hold", held)
        .then()
        .statusCode(200);
    String reference = TestData.unique("box");
    Allocation allocation = allocation(brand, reference, sku, open, held);

    boolean written =
        QuarkusTransaction.requiringNew()
            .call(() -> inserts.reserveAndInsert(List.of(allocation), Instant.now()));

    assertThat(written).isFalse();
    assertThat(allocation.id()).isNull();
    Api.staff()
        .queryParam("reference", reference)
        .get("/v1/allocations")
        .then()
        .body("items.size()", equalTo(0));
    Api.staff()
        .queryParam("lotId", open)
        .get("/v1/movements")
        .then()
        .body("items.findAll { it.type == 'RESERVE' }.size()", equalTo(0));
    Api.staff().get("/v1/lots/{id}", open).then().body("reserved", equalTo(0));
  }

  @Test
  void shouldWriteTheAllocationWhenEveryLotGivesItsUnits() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long first = TestData.receiveLot(sku, null, today().plusDays(100), 10);
    long second = TestData.receiveLot(sku, null, today().plusDays(120), 10);
    String reference = TestData.unique("box");
    Allocation allocation = allocation(brand, reference, sku, first, second);

    boolean written =
        QuarkusTransaction.requiringNew()
            .call(() -> inserts.reserveAndInsert(List.of(allocation), Instant.now()));

    assertThat(written).isTrue();
    Api.staff()
        .get("/v1/allocations/{id}", allocation.id())
        .then()
        .body("reference", equalTo(reference))
        .body("lines[0].allocated", equalTo(2));
    Api.staff().get("/v1/lots/{id}", second).then().body("reserved", equalTo(1));
  }

  private static Allocation allocation(String brand, String reference, String sku, long a, long b) {
    AllocationRequest request =
        new AllocationRequest(
            brand,
            reference,
            null,
            today().plusDays(7),
            List.of(new AllocationRequest.Line(sku, 2)),
            AllocationMode.FIRM,
            null,
            false);
    return Allocation.open(
        request,
        List.of(new AllocationLine(sku, 2, 2)),
        List.of(
            new AllocationPick(sku, a, "A", today().plusDays(100), "house", 1),
            new AllocationPick(sku, b, "B", today().plusDays(120), "house", 1)),
        "test",
        Instant.now());
  }
}
