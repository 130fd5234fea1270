package me.snaq.inventory.access;

import static me.snaq.inventory.shared.security.Role.ADMIN;
import static me.snaq.inventory.shared.security.Role.ASSIGNER;
import static me.snaq.inventory.shared.security.Role.PARTNER;
import static me.snaq.inventory.shared.security.Role.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint against every role and no key: allowed (never 401/403, never 5xx), 401 without a
 * key, 403 for a role that may not call it, and 404 when a partner names another brand's object.
 * The table must cover every operation of the committed OpenAPI document.
 */
@QuarkusTest
class AccessMatrixTest {
  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
  private static final Set<Role> MANAGERS = EnumSet.of(ADMIN, STAFF);
  private static final Set<Role> READERS = EnumSet.of(ADMIN, STAFF, PARTNER);
  private static final Set<Role> RUNNERS = EnumSet.of(ADMIN, STAFF, ASSIGNER);

  /** Runners, and partners for their own brand's part (boxes, pick lists). */
  private static final Set<Role> PICKERS = EnumSet.of(ADMIN, STAFF, ASSIGNER, PARTNER);

  /** The data each call targets: the partner's own objects and another brand's. */
  record Fixture(
      String partner,
      String otherBrand,
      String ownSku,
      String otherSku,
      long ownLot,
      long otherLot,
      long houseLot,
      long ownAllocation,
      long otherAllocation,
      String ownSubscriber,
      String otherSubscriber,
      long run,
      long otherRun,
      long ownEndpoint,
      long otherEndpoint,
      long otherDelivery) {}

  /** One operation; {@code foreign} gives the path arguments of another brand's object. */
  record Endpoint(
      String method,
      String path,
      Set<Role> allowed,
      Function<Fixture, Object[]> own,
      Function<Fixture, Object[]> foreign,
      Function<Fixture, Object> body,
      Map<String, Object> query) {
    Endpoint(
        String method,
        String path,
        Set<Role> allowed,
        Function<Fixture, Object[]> own,
        Function<Fixture, Object[]> foreign,
        Function<Fixture, Object> body) {
      this(method, path, allowed, own, foreign, body, Map.of());
    }

    String name() {
      return method + " " + path;
    }
  }

  private static Fixture fixture;
  private static final Map<String, Object> RECIPE =
      Map.of("size", 8, "maxPerCategory", 2, "discoverySlots", 2);

  /** Created on first use: the application (and its port) is up only once a test runs. */
  static Fixture createFixture() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    String ownSku = TestData.createProduct("nuts", partner, other);
    String otherSku = TestData.createProduct("nuts", other);
    for (String brand : List.of(partner, other)) {
      Api.staff().body(Map.of("reserved", 1)).put("/v1/brands/{b}/quotas/{s}", brand, ownSku);
      Api.staff().body(RECIPE).put("/v1/brands/{b}/recipe", brand);
      Api.staff()
          .body(Map.of("threshold", 2))
          .put("/v1/brands/{b}/thresholds/{s}", brand, ownSku)
          .then()
          .statusCode(201);
    }
    LocalDate bestBefore = TestData.today().plusDays(90);
    long ownLot = TestData.receiveLot(ownSku, partner, bestBefore, 50);
    long otherLot = TestData.receiveLot(otherSku, other, bestBefore, 50);
    long houseLot = TestData.receiveLot(ownSku, null, bestBefore, 500);
    long ownAllocation = allocate(partner, ownSku);
    long otherAllocation = allocate(other, otherSku);
    long otherEndpoint = endpoint(other);
    fixture =
        new Fixture(
            partner,
            other,
            ownSku,
            otherSku,
            ownLot,
            otherLot,
            houseLot,
            ownAllocation,
            otherAllocation,
            TestData.createSubscriber(partner),
            TestData.createSubscriber(other),
            startRun(partner),
            startRun(other),
            endpoint(partner),
            otherEndpoint,
            ping(other, otherEndpoint));
    return fixture;
  }

  /** A delivery of the endpoint: its ping, sent by its own partner. */
  private static long ping(String partner, long endpoint) {
    return Api.partner(partner)
        .post("/v1/webhook-endpoints/{id}/test", endpoint)
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A partner's webhook endpoint, to a host that answers nothing it is sent. */
  private static long endpoint(String partner) {
    return Api.partner(partner)
        .body(Map.of("url", "https://hooks.invalid/" + partner, "events", List.of("stock.low")))
        .post("/v1/webhook-endpoints")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static long startRun(String brand) {
    return Api.staff()
        .body(runRequest(brand))
        .post("/v1/assignment-runs")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Map<String, Object> runRequest(String brand) {
    return Map.of(
        "deliveryDate", TestData.today().plusDays(7).toString(),
        "brands", List.of(brand),
        "mode", "PLAN");
  }

  private static long allocate(String brand, String sku) {
    return TestData.createAllocation(TestData.allocation(brand, "HOLD", Map.of(sku, 1)));
  }

  static List<Endpoint> endpoints() {
    Function<Fixture, Object[]> none = f -> new Object[0];
    Function<Fixture, Object> noBody = f -> null;
    return List.of(
        new Endpoint(
            "POST",
            "/v1/api-keys",
            Set.of(ADMIN),
            none,
            null,
            f -> Map.of("name", "matrix", "role", "ASSIGNER")),
        new Endpoint("GET", "/v1/api-keys", Set.of(ADMIN), none, null, noBody),
        new Endpoint(
            "GET", "/v1/api-keys/{id}", Set.of(ADMIN), f -> args(UUID.randomUUID()), null, noBody),
        new Endpoint(
            "DELETE",
            "/v1/api-keys/{id}",
            Set.of(ADMIN),
            f -> args(UUID.randomUUID()),
            null,
            noBody),
        new Endpoint(
            "POST",
            "/v1/brands",
            MANAGERS,
            none,
            null,
            f -> Map.of("code", TestData.unique("m"), "name", "Matrix", "kind", "PARTNER")),
        new Endpoint("GET", "/v1/brands", READERS, none, null, noBody),
        new Endpoint(
            "GET",
            "/v1/brands/{code}",
            READERS,
            f -> args(f.partner()),
            f -> args(f.otherBrand()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/brands/{code}",
            MANAGERS,
            f -> args(f.partner()),
            null,
            f -> Map.of("name", "Matrix partner", "active", true)),
        new Endpoint(
            "GET",
            "/v1/brands/{code}/quotas",
            READERS,
            f -> args(f.partner()),
            f -> args(f.otherBrand()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/brands/{code}/quotas/{sku}",
            READERS,
            f -> args(f.partner(), f.ownSku()),
            f -> args(f.otherBrand(), f.ownSku()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/brands/{code}/quotas/{sku}",
            MANAGERS,
            f -> args(f.partner(), f.ownSku()),
            null,
            f -> Map.of("reserved", 1)),
        new Endpoint(
            "DELETE",
            "/v1/brands/{code}/quotas/{sku}",
            MANAGERS,
            f -> args(f.otherBrand(), f.otherSku()),
            null,
            noBody),
        new Endpoint(
            "GET",
            "/v1/brands/{code}/thresholds",
            READERS,
            f -> args(f.partner()),
            f -> args(f.otherBrand()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/brands/{code}/thresholds/{sku}",
            READERS,
            f -> args(f.partner(), f.ownSku()),
            f -> args(f.otherBrand(), f.ownSku()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/brands/{code}/thresholds/{sku}",
            MANAGERS,
            f -> args(f.partner(), f.ownSku()),
            null,
            f -> Map.of("threshold", 3)),
        new Endpoint(
            "DELETE",
            "/v1/brands/{code}/thresholds/{sku}",
            MANAGERS,
            f -> args(f.otherBrand(), f.otherSku()),
            null,
            noBody),
        new Endpoint(
            "POST",
            "/v1/webhook-endpoints",
            READERS,
            none,
            null,
            f -> Map.of("url", "https://hooks.invalid/matrix", "events", List.of("stock.low"))),
        new Endpoint("GET", "/v1/webhook-endpoints", READERS, none, null, noBody),
        new Endpoint("GET", "/v1/me", EVERY_ROLE, none, null, noBody),
        new Endpoint(
            "GET",
            "/v1/webhook-endpoints/{id}",
            READERS,
            f -> args(f.ownEndpoint()),
            f -> args(f.otherEndpoint()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/webhook-endpoints/{id}",
            READERS,
            f -> args(f.ownEndpoint()),
            f -> args(f.otherEndpoint()),
            f ->
                Map.of(
                    "url",
                    "https://hooks.invalid/changed",
                    "events",
                    List.of("stock.low"),
                    "active",
                    true)),
        new Endpoint(
            "DELETE",
            "/v1/webhook-endpoints/{id}",
            READERS,
            f -> args(987_654_321L),
            f -> args(f.otherEndpoint()),
            noBody),
        new Endpoint(
            "POST",
            "/v1/webhook-endpoints/{id}/rotate-secret",
            READERS,
            f -> args(f.ownEndpoint()),
            f -> args(f.otherEndpoint()),
            noBody),
        new Endpoint(
            "POST",
            "/v1/webhook-endpoints/{id}/test",
            READERS,
            f -> args(f.ownEndpoint()),
            f -> args(f.otherEndpoint()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/webhook-endpoints/{id}/deliveries",
            READERS,
            f -> args(f.ownEndpoint()),
            f -> args(f.otherEndpoint()),
            noBody),
        new Endpoint(
            "POST",
            "/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry",
            READERS,
            f -> args(f.ownEndpoint(), 987_654_321L),
            f -> args(f.otherEndpoint(), f.otherDelivery()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/brands/{code}/recipe",
            READERS,
            f -> args(f.partner()),
            f -> args(f.otherBrand()),
            noBody),
        new Endpoint(
            "PUT", "/v1/brands/{code}/recipe", MANAGERS, f -> args(f.partner()), null, f -> RECIPE),
        new Endpoint(
            "POST",
            "/v1/products",
            MANAGERS,
            none,
            null,
            f -> TestData.product(TestData.uniqueSku(), "nuts")),
        new Endpoint("GET", "/v1/products", READERS, none, null, noBody),
        new Endpoint(
            "GET",
            "/v1/products/{sku}",
            READERS,
            f -> args(f.ownSku()),
            f -> args(f.otherSku()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/products/{sku}",
            MANAGERS,
            f -> args(f.otherSku()),
            null,
            f ->
                Map.of(
                    "name",
                    "Matrix",
                    "category",
                    "nuts",
                    "ingredients",
                    List.of(),
                    "minRemainingDays",
                    30,
                    "status",
                    "ACTIVE",
                    "newProduct",
                    false)),
        new Endpoint(
            "GET",
            "/v1/products/{sku}/eligibility",
            READERS,
            f -> args(f.ownSku()),
            f -> args(f.otherSku()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/products/{sku}/eligibility",
            MANAGERS,
            f -> args(f.otherSku()),
            null,
            f -> Map.of("brands", List.of(f.otherBrand()))),
        new Endpoint(
            "POST",
            "/v1/lots",
            MANAGERS,
            none,
            null,
            f -> TestData.lot(f.ownSku(), null, TestData.today().plusDays(30), 5)),
        new Endpoint("GET", "/v1/lots", READERS, none, null, noBody),
        new Endpoint(
            "GET",
            "/v1/lots/{id}",
            READERS,
            f -> args(f.ownLot()),
            f -> args(f.otherLot()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/lots/{id}/as-of",
            READERS,
            f -> args(f.ownLot()),
            f -> args(f.otherLot()),
            noBody,
            Map.of("at", "2030-01-01T00:00:00Z")),
        new Endpoint(
            "POST",
            "/v1/lots/{id}/adjustments",
            MANAGERS,
            f -> args(f.houseLot()),
            null,
            f -> Map.of("delta", 1, "reason", "FOUND", "expectedOnHand", 500)),
        new Endpoint(
            "POST",
            "/v1/lots/{id}/counts",
            MANAGERS,
            f -> args(f.houseLot()),
            null,
            f -> Map.of("counted", 500)),
        new Endpoint(
            "POST",
            "/v1/lots/{id}/hold",
            MANAGERS,
            f -> args(f.houseLot()),
            null,
            f -> Map.of("reason", "matrix")),
        new Endpoint(
            "POST", "/v1/lots/{id}/unhold", MANAGERS, f -> args(f.houseLot()), null, f -> Map.of()),
        new Endpoint(
            "POST",
            "/v1/lots/{id}/write-off",
            MANAGERS,
            f -> args(f.houseLot()),
            null,
            f -> Map.of("quantity", 1, "reason", "DAMAGED")),
        new Endpoint(
            "POST",
            "/v1/lots/bulk",
            MANAGERS,
            none,
            null,
            f ->
                Map.of(
                    "lots",
                    List.of(TestData.lot(f.ownSku(), null, TestData.today().plusDays(30), 5)))),
        new Endpoint(
            "POST",
            "/v1/lots/import",
            MANAGERS,
            none,
            null,
            f ->
                "sku,lotCode,bestBefore,quantity,location\n"
                    + f.ownSku()
                    + ","
                    + TestData.unique("C")
                    + ","
                    + TestData.today().plusDays(30)
                    + ",5,A-1\n"),
        new Endpoint("GET", "/v1/movements", READERS, none, null, noBody),
        new Endpoint("GET", "/v1/stock", READERS, none, null, noBody),
        new Endpoint(
            "GET",
            "/v1/stock/{sku}",
            READERS,
            f -> args(f.ownSku()),
            f -> args(f.otherSku()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/stock/{sku}/as-of",
            READERS,
            f -> args(f.ownSku()),
            f -> args(f.otherSku()),
            noBody,
            Map.of("at", "2030-01-01T00:00:00Z")),
        new Endpoint("GET", "/v1/stock/reconciliation", MANAGERS, none, null, noBody),
        new Endpoint("GET", "/v1/reports/expiry", READERS, none, null, noBody),
        new Endpoint("GET", "/v1/reports/expiry.csv", READERS, none, null, noBody),
        new Endpoint(
            "POST",
            "/v1/allocations",
            READERS,
            none,
            null,
            f -> TestData.allocation(f.partner(), "HOLD", Map.of(f.ownSku(), 1))),
        new Endpoint("GET", "/v1/allocations", READERS, none, null, noBody),
        new Endpoint(
            "GET",
            "/v1/allocations/{id}",
            READERS,
            f -> args(f.ownAllocation()),
            f -> args(f.otherAllocation()),
            noBody),
        new Endpoint(
            "POST",
            "/v1/allocations/{id}/confirm",
            READERS,
            f -> args(f.ownAllocation()),
            f -> args(f.otherAllocation()),
            noBody),
        new Endpoint(
            "POST",
            "/v1/allocations/{id}/ship",
            MANAGERS,
            f -> args(f.otherAllocation()),
            null,
            noBody),
        new Endpoint(
            "POST",
            "/v1/allocations/{id}/release",
            READERS,
            f -> args(f.ownAllocation()),
            f -> args(f.otherAllocation()),
            f -> Map.of()),
        new Endpoint(
            "GET",
            "/v1/lots/{id}/trace",
            READERS,
            f -> args(f.ownLot()),
            f -> args(f.otherLot()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/subscribers/{id}/deliveries",
            READERS,
            f -> args(f.ownSubscriber()),
            f -> args(f.otherSubscriber()),
            noBody),
        new Endpoint(
            "PUT",
            "/v1/subscribers",
            READERS,
            none,
            null,
            f -> List.of(TestData.subscriber(TestData.unique("sub"), f.partner()))),
        new Endpoint(
            "POST",
            "/v1/subscribers/import",
            READERS,
            none,
            null,
            f -> "id,brand,status\n" + TestData.unique("sub") + "," + f.partner() + ",ACTIVE\n"),
        new Endpoint("GET", "/v1/subscribers", READERS, none, null, noBody),
        new Endpoint(
            "POST",
            "/v1/subscribers/deliveries",
            READERS,
            none,
            null,
            f ->
                List.of(
                    Map.of(
                        "subscriberId",
                        f.ownSubscriber(),
                        "sku",
                        f.ownSku(),
                        "deliveryDate",
                        TestData.today().toString()))),
        new Endpoint(
            "GET",
            "/v1/subscribers/{id}",
            READERS,
            f -> args(f.ownSubscriber()),
            f -> args(f.otherSubscriber()),
            noBody),
        new Endpoint(
            "POST", "/v1/assignment-runs", RUNNERS, none, null, f -> runRequest(f.partner())),
        new Endpoint("GET", "/v1/assignment-runs", RUNNERS, none, null, noBody),
        new Endpoint("GET", "/v1/assignment-runs/{id}", RUNNERS, f -> args(f.run()), null, noBody),
        new Endpoint(
            "GET",
            "/v1/assignment-runs/{id}/boxes",
            PICKERS,
            f -> args(f.run()),
            f -> args(f.otherRun()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/assignment-runs/{id}/boxes/{subscriberId}",
            RUNNERS,
            f -> args(f.run(), "anyone"),
            null,
            noBody),
        new Endpoint(
            "GET", "/v1/assignment-runs/{id}/demand", RUNNERS, f -> args(f.run()), null, noBody),
        new Endpoint(
            "POST", "/v1/assignment-runs/{id}/cancel", RUNNERS, f -> args(f.run()), null, noBody),
        new Endpoint(
            "GET",
            "/v1/assignment-runs/{id}/pick-list",
            PICKERS,
            f -> args(f.run()),
            f -> args(f.otherRun()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/assignment-runs/{id}/pick-summary",
            PICKERS,
            f -> args(f.run()),
            f -> args(f.otherRun()),
            noBody),
        new Endpoint(
            "GET",
            "/v1/pick-lists/{deliveryDate}",
            PICKERS,
            f -> args(TestData.today().plusDays(7).toString()),
            null,
            noBody),
        new Endpoint(
            "GET",
            "/v1/pick-lists/{deliveryDate}/summary",
            PICKERS,
            f -> args(TestData.today().plusDays(7).toString()),
            null,
            noBody),
        new Endpoint(
            "POST",
            "/v1/allocations/ship",
            MANAGERS,
            none,
            null,
            f -> Map.of("allocationIds", List.of(f.otherAllocation()))),
        new Endpoint(
            "POST", "/v1/assignment-runs/{id}/ship", MANAGERS, f -> args(f.run()), null, noBody),
        new Endpoint("GET", "/v1/shipments/{id}", MANAGERS, f -> args(1), null, noBody),
        new Endpoint("GET", "/v1/shipments/{id}/items", MANAGERS, f -> args(1), null, noBody),
        new Endpoint(
            "POST",
            "/v1/lots/{id}/recall",
            MANAGERS,
            f -> args(f.houseLot()),
            null,
            f -> Map.of("reason", "matrix recall")));
  }

  @TestFactory
  Stream<DynamicTest> shouldEnforceEveryRoleOnEveryEndpoint() {
    createFixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      tests.add(
          DynamicTest.dynamicTest(
              endpoint.name() + " without a key -> 401",
              () -> assertThat(call(endpoint, null, endpoint.own()).statusCode()).isEqualTo(401)));
      for (Role role : EVERY_ROLE) {
        boolean allowed = endpoint.allowed().contains(role);
        tests.add(
            DynamicTest.dynamicTest(
                endpoint.name() + " as " + role + (allowed ? " -> allowed" : " -> 403"),
                () -> {
                  int status = call(endpoint, role, endpoint.own()).statusCode();
                  if (allowed) {
                    assertThat(status).isNotIn(401, 403).isLessThan(500);
                  } else {
                    assertThat(status).isEqualTo(403);
                  }
                }));
      }
      if (endpoint.foreign() != null) {
        tests.add(
            DynamicTest.dynamicTest(
                endpoint.name() + " as PARTNER on another brand's object -> 404",
                () ->
                    assertThat(call(endpoint, PARTNER, endpoint.foreign()).statusCode())
                        .isEqualTo(404)));
      }
    }
    return tests.stream();
  }

  @Test
  void shouldCoverEveryOperationOfTheContract() {
    OpenAPI contract = new OpenAPIV3Parser().read("openapi/openapi.yaml");
    Set<String> documented = new TreeSet<>();
    contract
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> documented.add(method + " " + path)));
    Set<String> covered = new TreeSet<>(endpoints().stream().map(Endpoint::name).toList());
    assertThat(covered).isEqualTo(documented);
  }

  /** Calls the endpoint with these path arguments, as the role (a partner: the fixture's). */
  static Response call(Endpoint endpoint, Role role, Object[] arguments) {
    return call(endpoint, role, f -> arguments);
  }

  private static Response call(Endpoint endpoint, Role role, Function<Fixture, Object[]> target) {
    String key =
        role == null ? null : role == PARTNER ? Api.partnerKey(fixture.partner()) : Api.key(role);
    Object body = endpoint.body().apply(fixture);
    var request =
        Api.raw(key)
            .contentType(body instanceof String ? "text/csv" : "application/json")
            .accept(endpoint.path().endsWith(".csv") ? "text/csv" : "application/json")
            .queryParams(endpoint.query());
    if (body != null) {
      request.body(body);
    }
    return request.request(endpoint.method(), endpoint.path(), target.apply(fixture));
  }

  private static Object[] args(Object... values) {
    return values;
  }
}
