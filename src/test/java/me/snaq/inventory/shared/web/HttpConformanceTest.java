package me.snaq.inventory.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP as RFC 9110 and the contract have it, each case one that the service once got wrong. */
@QuarkusTest
class HttpConformanceTest {
  private static String staffKey() {
    return Api.key(me.snaq.inventory.shared.security.Role.STAFF);
  }

  @Test
  void shouldRefuseANullItemOfABulkReceiptOnItsOwn() {
    String sku = TestData.createProduct("nuts");
    Api.raw(staffKey())
        .contentType("application/json")
        .body(
            "{\"lots\":[null,"
                + new com.fasterxml.jackson.databind.ObjectMapper()
                    .valueToTree(TestData.lot(sku, null, TestData.today().plusDays(90), 5))
                + "]}")
        .post("/v1/lots/bulk")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo(400))
        .body("items[0].problem.errors[0].field", equalTo("lots[0]"))
        .body("items[1].status", equalTo(201));
  }

  @Test
  void shouldAnswerAMethodAPathDoesNotServeWith405AndAllow() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    for (String path :
        List.of(
            "/v1/brands/" + brand + "/recipe",
            "/v1/brands/" + brand + "/quotas",
            "/v1/brands/" + brand + "/quotas/" + sku)) {
      Api.raw(staffKey())
          .patch(path)
          .then()
          .statusCode(405)
          .contentType("application/problem+json")
          .header("Allow", containsString("GET"))
          .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }
    Api.raw(staffKey())
        .delete("/v1/lots/1")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("GET, HEAD, OPTIONS"));
  }

  @Test
  void shouldListOnlyTheMethodsAPathServesForOptions() {
    String brand = TestData.createBoxLine();
    Api.raw(staffKey())
        .options("/v1/brands/" + brand + "/recipe")
        .then()
        .statusCode(204)
        .header("Allow", equalTo("GET, HEAD, OPTIONS, PUT"));
    Api.raw(staffKey()).options("/v1/nothing-here").then().statusCode(404);
  }

  @Test
  void shouldNameTheRequestsOwnFieldWhenADeltaIsZero() {
    long lot =
        TestData.receiveLot(TestData.createProduct("nuts"), null, TestData.today().plusDays(90), 5);
    Api.staff()
        .body(Map.of("delta", 0, "reason", "COUNT", "expectedOnHand", 5))
        .post("/v1/lots/{id}/adjustments", lot)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("delta"))
        .body("errors.field", not(hasItem("deltaNonZero")));
  }

  @Test
  void shouldReleaseWithoutABodyAndUnholdWithAReason() throws Exception {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, TestData.today().plusDays(90), 5);
    long allocation = TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
    // as curl -X POST sends it: no body and no Content-Type
    java.net.http.HttpResponse<String> released =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            io.restassured.RestAssured.baseURI
                                + ":"
                                + io.restassured.RestAssured.port
                                + "/v1/allocations/"
                                + allocation
                                + "/release"))
                    .header("Authorization", "Bearer " + staffKey())
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(released.statusCode()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(released.body()).contains("\"RELEASED\"");
    Api.staff()
        .body(Map.of("reason", "mould found"))
        .post("/v1/lots/{id}/hold", lot)
        .then()
        .statusCode(200);
    Api.staff()
        .body(Map.of("reason", "inspected, released"))
        .post("/v1/lots/{id}/unhold", lot)
        .then()
        .statusCode(200)
        .body("status", equalTo("AVAILABLE"));
  }

  @Test
  void shouldAnswerAWellFormedTagThatMatchesNothingWith412() {
    String brand = TestData.createBoxLine();
    Map<String, Object> recipe = Map.of("size", 2, "maxPerCategory", 1, "discoverySlots", 0);
    Api.staff().body(recipe).put("/v1/brands/{code}/recipe", brand).then().statusCode(201);
    Api.staff()
        .header("If-Match", "\"stale\"")
        .body(recipe)
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    Api.staff()
        .header("If-Match", "stale")
        .body(recipe)
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(400);
  }

  @Test
  void shouldReportALotPastItsBestBeforeAsExpiredBeforeTheJobRuns() {
    String sku = TestData.createProduct("nuts");
    long lot = TestData.receiveLot(sku, null, TestData.today().minusDays(1), 5);
    Api.staff()
        .queryParam("withinDays", 7)
        .get("/v1/reports/expiry")
        .then()
        .statusCode(200)
        .body(
            "owners.products.lots.flatten().flatten().find { it.lotId == " + lot + " }.status",
            equalTo("EXPIRED"));
  }

  @Test
  void shouldRefuseAPartnerFilterNamingAnotherBrandAsNotFound() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    for (String query :
        List.of(
            "/v1/allocations?brand=" + other,
            "/v1/lots?owner=house",
            "/v1/lots?owner=" + other,
            "/v1/subscribers?brand=" + other,
            "/v1/products?brand=" + other,
            "/v1/allocations?brand=no-such-brand")) {
      Api.partner(partner)
          .get(query)
          .then()
          .statusCode(404)
          .body("code", equalTo("BRAND_NOT_FOUND"));
    }
    Api.partner(partner).get("/v1/allocations?brand=" + partner).then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-01T00:00:00Z",
        "2026-12-01T09:00:00+09:00",
        "2026-12-01T00:00:00+0000",
        "2026-12-01T00:00:00.123456+0000",
        "2026-12-01T09:00:00+09"
      })
  void shouldAcceptEveryIsoOffsetFormInADateTimeQuery(String from) {
    Api.staff().queryParam("from", from).get("/v1/movements").then().statusCode(200);
  }

  @Test
  void shouldReadAnUnescapedPlusOfAnOffsetAsAPlus() {
    Api.raw(staffKey())
        .urlEncodingEnabled(false)
        .get("/v1/movements?from=2026-12-01T00:00:00+0000")
        .then()
        .statusCode(200);
    Api.staff()
        .queryParam("from", "2026-12-01T00:00:00")
        .get("/v1/movements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }
}
