package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportAndImportTest {

  @Test
  void shouldPutEachLotInTheSmallestHorizonAndGroupByOwnerAndProduct() {
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner);
    long week = TestData.receiveLot(sku, partner, today().plusDays(5), 3);
    long month = TestData.receiveLot(sku, partner, today().plusDays(20), 4);
    TestData.receiveLot(sku, partner, today().plusDays(200), 5);

    JsonPath report =
        Api.partner(partner).get("/v1/reports/expiry").then().statusCode(200).extract().jsonPath();
    assertThat(report.getList("owners.owner")).containsExactly(partner);
    assertThat(report.getList("owners[0].products[0].lots.lotId", Long.class))
        .containsExactly(week, month);
    assertThat(report.getList("owners[0].products[0].lots.horizonDays", Integer.class))
        .containsExactly(7, 30);
    assertThat(report.getInt("unitsByHorizon.'7'")).isEqualTo(3);
    assertThat(report.getInt("unitsByHorizon.'30'")).isEqualTo(4);
  }

  @Test
  void shouldPutALotPastTheLastHorizonInTheReportsWindowNotAmongTheExpired() {
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner);
    TestData.receiveLot(sku, partner, today().plusDays(62), 6);

    JsonPath report =
        Api.partner(partner)
            .queryParam("withinDays", 63)
            .get("/v1/reports/expiry")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getList("owners[0].products[0].lots.horizonDays", Integer.class))
        .containsExactly(63);
    assertThat(report.getInt("unitsByHorizon.expired")).isZero();
    assertThat(report.getInt("unitsByHorizon.'63'")).isEqualTo(6);
  }

  @Test
  void shouldExportTheReportAsCsv() {
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner);
    TestData.receiveLot(sku, partner, today().plusDays(2), 3);
    String csv =
        Api.raw(Api.partnerKey(partner))
            .accept("text/csv")
            .queryParam("withinDays", 7)
            .get("/v1/reports/expiry")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("horizon_days,owner,sku");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("7," + partner + "," + sku + ",");
  }

  @Test
  void shouldRejectAnOutOfRangeHorizon() {
    Api.staff()
        .queryParam("withinDays", 400)
        .get("/v1/reports/expiry")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("withinDays"));
  }

  @Test
  void shouldReceiveABulkWithAResultPerItem() {
    String sku = TestData.createProduct("nuts");
    Map<String, Object> good = TestData.lot(sku, null, today().plusDays(60), 10);
    Map<String, Object> invalid = TestData.lot(sku, null, today().plusDays(60), 0);
    Map<String, Object> unknown = TestData.lot("NO-SUCH-SKU", null, today().plusDays(60), 5);
    Api.staff()
        .body(Map.of("lots", List.of(good, invalid, unknown, good)))
        .post("/v1/lots/bulk")
        .then()
        .statusCode(200)
        .body("received", equalTo(1))
        .body("failed", equalTo(3))
        .body("items.status", contains(201, 400, 422, 409))
        .body("items[1].problem.errors[0].field", equalTo("quantity"))
        .body("items[2].problem.code", equalTo("UNKNOWN_PRODUCT"))
        .body("items[3].problem.code", equalTo("LOT_ALREADY_EXISTS"));
  }

  @Test
  void shouldReplayABulkSentAgainWithItsKey() {
    String sku = TestData.createProduct("nuts");
    Map<String, Object> body =
        Map.of("lots", List.of(TestData.lot(sku, null, today().plusDays(60), 10)));
    String key = TestData.unique("bulk");
    Api.staff()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/v1/lots/bulk")
        .then()
        .body("received", equalTo(1));
    Api.staff()
        .header("Idempotency-Key", key)
        .body(body)
        .post("/v1/lots/bulk")
        .then()
        .header("Idempotency-Replayed", "true")
        .body("received", equalTo(1));
    Api.staff().queryParam("sku", sku).get("/v1/lots").then().body("items.size()", equalTo(1));
  }

  @Test
  void shouldImportReceiptsFromCsvReportingBadLinesByNumber() {
    String sku = TestData.createProduct("nuts");
    String csv =
        "SKU,lot_code,bestBefore,quantity,location,owner\r\n"
            + sku
            + ",\"CSV-1\","
            + today().plusDays(90)
            + ",24,B-1,\r\n"
            + sku
            + ",CSV-2,not-a-date,5,B-1,\r\n"
            + sku
            + ",CSV-3,"
            + today().plusDays(90)
            + ",7,B-2,house\r\n";
    Api.raw(Api.key(me.snaq.inventory.shared.security.Role.STAFF))
        .contentType("text/csv")
        .body(csv)
        .post("/v1/lots/import")
        .then()
        .statusCode(200)
        .body("received", equalTo(2))
        .body("items.index", contains(2, 3, 4))
        .body("items.status", contains(201, 400, 201))
        .body("items[1].problem.errors[0].field", equalTo("bestBefore"));
    Api.staff()
        .queryParam("sku", sku)
        .get("/v1/lots")
        .then()
        .body("items.lotCode", contains("CSV-1", "CSV-3"))
        .body("items.owner", everyItem(equalTo("house")));
  }

  @Test
  void shouldRejectCsvWithoutTheRequiredHeader() {
    Api.raw(Api.key(me.snaq.inventory.shared.security.Role.STAFF))
        .contentType("text/csv")
        .body("a,b,c\n1,2,3\n")
        .post("/v1/lots/import")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
  }
}
