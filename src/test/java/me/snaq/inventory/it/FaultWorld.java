package me.snaq.inventory.it;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the fault tests set up through a replica's API: a staff key, a box line, products with lots,
 * due subscribers; and allocation requests sent as a client would, over plain HTTP.
 */
final class FaultWorld {
  static final LocalDate DELIVERY = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  final String staffKey;
  final String brand;
  final List<String> skus = new ArrayList<>();

  private FaultWorld(String staffKey, String brand) {
    this.staffKey = staffKey;
    this.brand = brand;
  }

  /** A box line with a recipe and {@code products} products of {@code units} house units each. */
  static FaultWorld seed(Replica replica, int products, int units) {
    String staff =
        replica
            .request(Replica.ADMIN_KEY)
            .body(Map.of("name", "fault staff", "role", "STAFF"))
            .post("/v1/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    String brand = "line-" + UUID.randomUUID().toString().substring(0, 8);
    replica
        .request(staff)
        .body(Map.of("code", brand, "name", "Fault line", "kind", "HOUSE_BOX"))
        .post("/v1/brands")
        .then()
        .statusCode(201);
    replica
        .request(staff)
        .body(Map.of("size", 4, "maxPerCategory", 2, "discoverySlots", 1))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(201);
    FaultWorld world = new FaultWorld(staff, brand);
    for (int p = 0; p < products; p++) {
      String sku = brand.toUpperCase() + "-" + p;
      replica
          .request(staff)
          .body(
              Map.of(
                  "sku",
                  sku,
                  "name",
                  "Snack " + p,
                  "category",
                  "category-" + (p % 6),
                  "ingredients",
                  List.of(),
                  "minRemainingDays",
                  10))
          .post("/v1/products")
          .then()
          .statusCode(201);
      replica
          .request(staff)
          .body(Map.of("brands", List.of(brand)))
          .put("/v1/products/{sku}/eligibility", sku)
          .then()
          .statusCode(200);
      replica
          .request(staff)
          .body(
              Map.of(
                  "sku",
                  sku,
                  "lotCode",
                  "L-" + p,
                  "bestBefore",
                  DELIVERY.plusDays(120).toString(),
                  "quantity",
                  units,
                  "location",
                  "A-01"))
          .post("/v1/lots")
          .then()
          .statusCode(201);
      world.skus.add(sku);
    }
    return world;
  }

  /** {@code count} ACTIVE subscribers of the box line due on the delivery date. */
  void subscribers(Replica replica, int count) {
    for (int from = 0; from < count; from += 1_000) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + 1_000); i++) {
        batch.add(
            Map.of(
                "id",
                brand + "-s" + i,
                "brand",
                brand,
                "status",
                "ACTIVE",
                "nextDeliveryDate",
                DELIVERY.toString()));
      }
      replica.request(staffKey).body(batch).put("/v1/subscribers").then().statusCode(200);
    }
  }

  /** The outcome of one allocation request: its status (0: no response at all) and body. */
  record Sent(int status, String body, String retryAfter) {
    long id() {
      return new JsonPath(body).getLong("id");
    }
  }

  /** POSTs a FIRM allocation of one unit of the sku, as a client would; never throws. */
  Sent allocate(Replica replica, String sku, String idempotencyKey) {
    String body =
        "{\"brand\":\""
            + brand
            + "\",\"reference\":\""
            + UUID.randomUUID()
            + "\",\"deliveryDate\":\""
            + DELIVERY
            + "\",\"mode\":\"FIRM\",\"lines\":[{\"sku\":\""
            + sku
            + "\",\"quantity\":1}]}";
    return post(replica, "/v1/allocations", body, idempotencyKey);
  }

  Sent post(Replica replica, String path, String body, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(replica.baseUri() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + staffKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Sent(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After").orElse(null));
    } catch (java.io.IOException e) {
      return new Sent(0, e.toString(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sent(0, e.toString(), null);
    }
  }
}
