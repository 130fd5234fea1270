package me.snaq.inventory.access;

import static me.snaq.inventory.shared.security.Role.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import me.snaq.inventory.access.AccessMatrixTest.Endpoint;
import me.snaq.inventory.access.AccessMatrixTest.Fixture;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One partner against a second partner's objects, every way the contract lets it name them: ids in
 * paths, filters, bodies, bulk items, CSV rows, copied cursors and reused idempotency keys. Each is
 * answered exactly as an object that does not exist (status, code and body, the id aside), no byte
 * of the other brand's data comes back, and the other brand's state does not change.
 */
@QuarkusTest
class PartnerIsolationTest {
  private static Fixture fixture;
  private static List<String> secrets;
  private static Map<String, Object> stateBefore;

  private static synchronized Fixture fixture() {
    if (fixture == null) {
      fixture = AccessMatrixTest.createFixture();
      secrets = secretsOf(fixture);
      stateBefore = stateOf(fixture);
    }
    return fixture;
  }

  /** What only the other brand knows: its lot codes, its allocation's reference. */
  private static List<String> secretsOf(Fixture f) {
    List<String> found = new ArrayList<>();
    found.add(Api.staff().get("/v1/lots/{id}", f.otherLot()).then().extract().path("lotCode"));
    found.add(
        Api.staff()
            .get("/v1/allocations/{id}", f.otherAllocation())
            .then()
            .extract()
            .path("reference"));
    return found;
  }

  /** The other brand's objects as staff reads them. */
  private static Map<String, Object> stateOf(Fixture f) {
    return Map.of(
        "lot",
        Api.staff().get("/v1/lots/{id}", f.otherLot()).then().extract().asString(),
        "allocation",
        Api.staff().get("/v1/allocations/{id}", f.otherAllocation()).then().extract().asString(),
        "subscriber",
        Api.staff().get("/v1/subscribers/{id}", f.otherSubscriber()).then().extract().asString());
  }

  /** After each case: the other brand's objects read as they did. */
  private static void assertOtherBrandUnchanged() {
    assertThat(stateOf(fixture)).isEqualTo(stateBefore);
  }

  @TestFactory
  Stream<DynamicTest> shouldAnswerAnotherBrandsObjectsAsObjectsThatDoNotExist() {
    Fixture f = fixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : AccessMatrixTest.endpoints()) {
      if (!endpoint.allowed().contains(PARTNER) || !namesAnObject(endpoint.path())) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              endpoint.name() + ": another brand's object reads as none",
              () -> {
                assertThat(endpoint.foreign())
                    .as("the suite names another brand's object for " + endpoint.name())
                    .isNotNull();
                Object[] foreign = endpoint.foreign().apply(f);
                Object[] missing = missing(foreign);
                assertSameAnswer(
                    AccessMatrixTest.call(endpoint, PARTNER, foreign),
                    foreign,
                    AccessMatrixTest.call(endpoint, PARTNER, missing),
                    missing);
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "the other brand's objects are as they were",
            PartnerIsolationTest::assertOtherBrandUnchanged));
    return tests.stream();
  }

  /**
   * Whether the path names an object that belongs to a brand. A delivery date belongs to no brand:
   * what a partner reads for one is scoped by PartnerPickingTest, not answered as a missing object.
   */
  private static boolean namesAnObject(String path) {
    return path.replace("{deliveryDate}", "").contains("{");
  }

  /** Unknown values of the same kinds as another brand's ids. */
  private static Object[] missing(Object[] foreign) {
    Object[] missing = new Object[foreign.length];
    for (int i = 0; i < foreign.length; i++) {
      missing[i] =
          foreign[i] instanceof Number
              ? (Object) (900_000_000L + i)
              : foreign[i].equals(fixture.otherBrand())
                  ? "no-such-" + i
                  : foreign[i].equals(fixture.otherSubscriber())
                      ? fixture.otherBrand() + ":nobody-" + i
                      : "NO-SUCH-" + i;
    }
    return missing;
  }

  /** The same status, code and body (the names aside), and none of the other brand's secrets. */
  private static void assertSameAnswer(
      Response foreign, Object[] foreignIds, Response missing, Object[] missingIds) {
    assertThat(foreign.statusCode()).as(foreign.asString()).isEqualTo(missing.statusCode());
    String foreignBody = normalized(foreign.asString(), foreignIds);
    String missingBody = normalized(missing.asString(), missingIds);
    assertThat(foreignBody).isEqualTo(missingBody);
    for (String secret : secrets) {
      assertThat(foreign.asString()).doesNotContain(secret);
    }
  }

  private static String normalized(String body, Object[] ids) {
    String text = body.replaceAll("urn:request-id:[A-Za-z0-9-]+", "urn:request-id:?");
    for (Object id : ids) {
      // whole tokens only: a small id (40) must not match inside another number (404)
      text =
          text.replaceAll(
              "(?<![A-Za-z0-9])"
                  + java.util.regex.Pattern.quote(String.valueOf(id))
                  + "(?![A-Za-z0-9])",
              "<id>");
    }
    return text;
  }

  private static Response asPartner(Object body, String path) {
    return Api.raw(Api.partnerKey(fixture().partner()))
        .contentType("application/json")
        .body(body)
        .post(path);
  }

  @Test
  void shouldRefuseAnotherBrandsProductAndSubscriberInAnAllocationAsUnknownOnes() {
    Fixture f = fixture();
    assertSameAnswer(
        asPartner(allocation(f.otherSku(), null), "/v1/allocations"),
        new Object[] {f.otherSku()},
        asPartner(allocation("NO-SUCH-SKU", null), "/v1/allocations"),
        new Object[] {"NO-SUCH-SKU"});
    String missing = f.partner() + ":nobody";
    assertSameAnswer(
        asPartner(allocation(f.ownSku(), f.otherSubscriber()), "/v1/allocations"),
        new Object[] {f.otherSubscriber()},
        asPartner(allocation(f.ownSku(), missing), "/v1/allocations"),
        new Object[] {missing});
    asPartner(allocation(f.ownSku(), f.otherSubscriber()), "/v1/allocations")
        .then()
        .statusCode(422)
        .body("code", org.hamcrest.Matchers.equalTo("UNKNOWN_SUBSCRIBER"));
    assertOtherBrandUnchanged();
  }

  private Map<String, Object> allocation(String sku, String subscriber) {
    Map<String, Object> body = TestData.allocation(fixture.partner(), "HOLD", Map.of(sku, 1));
    if (subscriber != null) {
      body.put("subscriberId", subscriber);
    }
    return body;
  }

  @Test
  void shouldRefuseAnotherBrandsProductsAndIdsInProfilesAsUnknownOnes() {
    Fixture f = fixture();
    String free = f.otherBrand() + ":free-" + UUID.randomUUID();
    Response taken = upsert(profile(f.otherSubscriber(), Map.of()));
    Response notTaken = upsert(profile(free, Map.of()));
    assertThat(taken.statusCode()).isEqualTo(200);
    assertThat(normalized(taken.asString(), new Object[] {f.otherSubscriber()}))
        .isEqualTo(normalized(notTaken.asString(), new Object[] {free}))
        .contains("REJECTED");
    String id = f.partner() + ":s-" + UUID.randomUUID();
    Response otherSku = upsert(profile(id, Map.of(f.otherSku(), "LOVE")));
    Response noSku = upsert(profile(id, Map.of("NO-SUCH-SKU", "LOVE")));
    assertThat(normalized(otherSku.asString(), new Object[] {f.otherSku()}))
        .isEqualTo(normalized(noSku.asString(), new Object[] {"NO-SUCH-SKU"}))
        .contains("REJECTED");
    String csv = "id,brand,status\n";
    Response csvTaken =
        Api.raw(Api.partnerKey(f.partner()))
            .contentType("text/csv")
            .body(csv + f.otherSubscriber() + "," + f.partner() + ",ACTIVE\n")
            .post("/v1/subscribers/import");
    Response csvFree =
        Api.raw(Api.partnerKey(f.partner()))
            .contentType("text/csv")
            .body(csv + free + "," + f.partner() + ",ACTIVE\n")
            .post("/v1/subscribers/import");
    assertThat(normalized(csvTaken.asString(), new Object[] {f.otherSubscriber()}))
        .isEqualTo(normalized(csvFree.asString(), new Object[] {free}));
    assertOtherBrandUnchanged();
  }

  private Map<String, Object> profile(String id, Map<String, String> ratings) {
    Map<String, Object> body =
        TestData.subscriber(
            id == null ? fixture.partner() + ":s-" + UUID.randomUUID() : id, fixture.partner());
    body.put("ratings", ratings);
    return body;
  }

  private Response upsert(Map<String, Object> profile) {
    return Api.raw(Api.partnerKey(fixture().partner()))
        .contentType("application/json")
        .body(List.of(profile))
        .put("/v1/subscribers");
  }

  @Test
  void shouldRefuseImportingHistoryForAnotherBrandsSubscriberAsForNone() {
    Fixture f = fixture();
    String nobody = f.otherBrand() + ":nobody";
    Response other = deliveries(f.otherSubscriber());
    Response none = deliveries(nobody);
    assertThat(normalized(other.asString(), new Object[] {f.otherSubscriber()}))
        .isEqualTo(normalized(none.asString(), new Object[] {nobody}));
    assertThat(other.asString()).contains("REJECTED");
    assertOtherBrandUnchanged();
  }

  private Response deliveries(String subscriber) {
    return Api.raw(Api.partnerKey(fixture().partner()))
        .contentType("application/json")
        .body(
            List.of(
                Map.of(
                    "subscriberId",
                    subscriber,
                    "sku",
                    fixture.ownSku(),
                    "deliveryDate",
                    TestData.today().toString())))
        .post("/v1/subscribers/deliveries");
  }

  @Test
  void shouldNeverShowAnotherBrandsDataThroughItsCursorOrItsIdempotencyKey() {
    Fixture f = fixture();
    String otherKey = Api.partnerKey(f.otherBrand());
    String cursor =
        Api.raw(otherKey)
            .queryParam("limit", 1)
            .get("/v1/allocations")
            .then()
            .statusCode(200)
            .extract()
            .path("nextCursor");
    Response reused =
        Api.raw(Api.partnerKey(f.partner()))
            .queryParam("limit", 200)
            .queryParam("cursor", cursor == null ? "" : cursor)
            .get("/v1/allocations");
    assertThat(reused.statusCode()).isIn(200, 400);
    assertThat(reused.asString()).doesNotContain(f.otherBrand());

    String key = "shared-" + UUID.randomUUID();
    String othersOwn = TestData.createProduct("nuts", f.otherBrand());
    TestData.receiveLot(othersOwn, f.otherBrand(), TestData.today().plusDays(90), 5);
    Api.raw(otherKey)
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(TestData.allocation(f.otherBrand(), "HOLD", Map.of(othersOwn, 1)))
        .post("/v1/allocations")
        .then()
        .statusCode(201);
    Response mine =
        Api.raw(Api.partnerKey(f.partner()))
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body(allocation(f.ownSku(), null))
            .post("/v1/allocations");
    assertThat(mine.statusCode()).as("a key is the caller's own, not replayed").isEqualTo(201);
    assertThat(mine.header("Idempotency-Replayed")).isNull();
    assertThat(mine.asString()).doesNotContain(f.otherBrand()).doesNotContain(othersOwn);
    assertOtherBrandUnchanged();
  }
}
