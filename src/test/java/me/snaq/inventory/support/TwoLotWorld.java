package me.snaq.inventory.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;

/**
 * A box line whose boxes pick from several lots per product in different locations: a 3-item recipe
 * (one per category), and per product a short-dated lot of {@code shortUnits} (FEFO takes it first)
 * and a later one with room for every box.
 */
public record TwoLotWorld(
    String brand, LocalDate delivery, List<Long> lots, List<String> subscribers) {
  public static final List<String> CATEGORIES = List.of("chocolate", "nuts", "baked");

  public static TwoLotWorld create(LocalDate delivery, int boxes, int shortUnits) {
    String brand = TestData.createBoxLine();
    Api.staff()
        .body(Map.of("size", 3, "maxPerCategory", 1, "discoverySlots", 0))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(201);
    List<Long> lots = new ArrayList<>();
    int shelf = 0;
    for (String category : CATEGORIES) {
      String sku = TestData.createProduct(category, brand);
      lots.add(receive(sku, "Z-09-" + shelf, delivery.plusDays(60), shortUnits));
      lots.add(receive(sku, "A-01-" + shelf, delivery.plusDays(120), boxes + 5));
      shelf++;
    }
    List<String> subscribers = new ArrayList<>();
    for (int i = 0; i < boxes; i++) {
      Map<String, Object> body = TestData.subscriber(brand + ":" + TestData.unique("sub"), brand);
      body.put("nextDeliveryDate", delivery.toString());
      subscribers.add((String) body.get("id"));
      Api.staff().body(List.of(body)).put("/v1/subscribers").then().statusCode(200);
    }
    return new TwoLotWorld(brand, delivery, lots, subscribers);
  }

  private static long receive(String sku, String location, LocalDate bestBefore, int units) {
    Map<String, Object> body = new HashMap<>(TestData.lot(sku, null, bestBefore, units));
    body.put("location", location);
    return Api.staff()
        .body(body)
        .post("/v1/lots")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Starts a run of the brand, drains the queue on this worker, checks it SUCCEEDED. */
  public long run(RunWorker worker, String mode) {
    long id =
        Api.staff()
            .body(
                Map.of("deliveryDate", delivery.toString(), "brands", List.of(brand), "mode", mode))
            .post("/v1/assignment-runs")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");
    while (worker.runNext()) {
      // every queued run
    }
    Api.staff().get("/v1/assignment-runs/{id}", id).then().body("status", equalTo("SUCCEEDED"));
    return id;
  }

  /** Every line of a run's pick list, page after page. */
  public static List<Map<String, Object>> pickList(long run, int limit) {
    List<Map<String, Object>> lines = new ArrayList<>();
    String cursor = null;
    do {
      var request = Api.staff().queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/v1/assignment-runs/{id}/pick-list", run)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      lines.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return lines;
  }

  /** A lot's counts as the API shows them. */
  public static JsonPath lot(long id) {
    return Api.staff().get("/v1/lots/{id}", id).then().statusCode(200).extract().jsonPath();
  }
}
