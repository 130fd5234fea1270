package me.snaq.inventory.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import me.snaq.inventory.shared.security.Role;

/**
 * Builders of catalog data through the API. Every name is unique, so tests share no data and may
 * run in any order against the same database.
 */
public final class TestData {
  private TestData() {}

  /** A unique lowercase slug with the given prefix, valid as a brand code or category. */
  public static String unique(String prefix) {
    return (prefix
            + "-"
            + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36))
        .toLowerCase(Locale.ROOT);
  }

  public static String uniqueSku() {
    return unique("sku").toUpperCase(Locale.ROOT);
  }

  public static String createBrand(String kind) {
    String code = unique("b");
    Api.staff()
        .body(Map.of("code", code, "name", "Brand " + code, "kind", kind))
        .post("/v1/brands")
        .then()
        .statusCode(201);
    return code;
  }

  public static String createPartner() {
    return createBrand("PARTNER");
  }

  public static String createBoxLine() {
    return createBrand("HOUSE_BOX");
  }

  /** A product in the given category, eligible for the given brands. */
  public static String createProduct(String category, String... brands) {
    String sku = uniqueSku();
    Api.staff().body(product(sku, category)).post("/v1/products").then().statusCode(201);
    if (brands.length > 0) {
      Api.staff()
          .body(Map.of("brands", List.of(brands)))
          .put("/v1/products/{sku}/eligibility", sku)
          .then()
          .statusCode(200);
    }
    return sku;
  }

  public static Map<String, Object> product(String sku, String category) {
    Map<String, Object> body = new HashMap<>();
    body.put("sku", sku);
    body.put("name", "Snack " + sku);
    body.put("category", category);
    body.put("ingredients", List.of("wheat", "milk"));
    body.put("minRemainingDays", 30);
    return body;
  }

  /** Receives a lot and returns its id. */
  public static long receiveLot(String sku, String owner, LocalDate bestBefore, int quantity) {
    return ((Number)
            Api.staff()
                .body(lot(sku, owner, bestBefore, quantity))
                .post("/v1/lots")
                .then()
                .statusCode(201)
                .extract()
                .path("id"))
        .longValue();
  }

  public static Map<String, Object> lot(
      String sku, String owner, LocalDate bestBefore, int quantity) {
    Map<String, Object> body = new HashMap<>();
    body.put("sku", sku);
    body.put("lotCode", unique("L").toUpperCase(Locale.ROOT));
    if (owner != null) {
      body.put("owner", owner);
    }
    body.put("bestBefore", bestBefore.toString());
    body.put("quantity", quantity);
    body.put("location", "A-01-1");
    return body;
  }

  /** A FIRM allocation request of one unit-count per SKU, for a delivery in a week. */
  public static Map<String, Object> allocation(
      String brand, String mode, Map<String, Integer> lines) {
    Map<String, Object> body = new HashMap<>();
    body.put("brand", brand);
    body.put("reference", unique("box"));
    body.put("deliveryDate", today().plusDays(7).toString());
    body.put("mode", mode);
    body.put(
        "lines",
        lines.entrySet().stream()
            .map(e -> Map.of("sku", e.getKey(), "quantity", e.getValue()))
            .toList());
    return body;
  }

  /** Creates an allocation (as staff) and returns its id. */
  public static long createAllocation(Map<String, Object> body) {
    return Api.staff()
        .body(body)
        .post("/v1/allocations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A subscriber profile of the brand, ACTIVE, due in a week, with nothing else said. */
  public static Map<String, Object> subscriber(String id, String brand) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("brand", brand);
    body.put("status", "ACTIVE");
    body.put("nextDeliveryDate", today().plusDays(7).toString());
    return body;
  }

  /** Creates a subscriber of the brand (as staff) and returns its id. */
  public static String createSubscriber(String brand) {
    // a partner's subscriber ids begin with its code (the namespace rule); valid for any brand
    String id = brand + ":" + unique("sub");
    Api.staff()
        .body(List.of(subscriber(id, brand)))
        .put("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    return id;
  }

  /** Today in the warehouse's zone, as the service sees it. */
  public static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
  }

  public static String keyFor(Role role) {
    return Api.key(role);
  }
}
