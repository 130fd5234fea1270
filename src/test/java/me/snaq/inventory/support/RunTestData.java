package me.snaq.inventory.support;

import static me.snaq.inventory.support.TestData.createProduct;
import static me.snaq.inventory.support.TestData.receiveLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A box line ready for assignment runs: a 2-item recipe, one product with a 5-unit lot in each of
 * three categories, and due subscribers.
 */
public record RunTestData(String brand, List<Long> lots, List<String> subscribers) {
  public static final List<String> CATEGORIES = List.of("chocolate", "nuts", "baked");

  public static RunTestData boxLine(LocalDate delivery, int subscribers) {
    String brand = TestData.createBoxLine();
    Api.staff()
        .body(Map.of("size", 2, "maxPerCategory", 1, "discoverySlots", 0))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(201);
    List<Long> lots = new ArrayList<>();
    for (String category : CATEGORIES) {
      lots.add(receiveLot(createProduct(category, brand), null, delivery.plusDays(90), 5));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      ids.add(TestData.createSubscriber(brand));
    }
    return new RunTestData(brand, lots, ids);
  }

  /** The run request body for this brand. */
  public Map<String, Object> run(LocalDate delivery, String mode) {
    return Map.of("deliveryDate", delivery.toString(), "brands", List.of(brand), "mode", mode);
  }

  /** Starts a run of this brand as staff and drains the queue on this worker; returns its id. */
  public long runToEnd(
      me.snaq.inventory.assignment.run.RunWorker worker, LocalDate delivery, String mode) {
    long id =
        Api.staff()
            .body(run(delivery, mode))
            .post("/v1/assignment-runs")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");
    while (worker.runNext()) {
      // every queued run, this one's included
    }
    return id;
  }

  /** Units reserved on the box line's lots. */
  public int reserved() {
    return lots.stream()
        .mapToInt(
            id ->
                Api.staff().get("/v1/lots/{id}", id).then().extract().jsonPath().getInt("reserved"))
        .sum();
  }
}
