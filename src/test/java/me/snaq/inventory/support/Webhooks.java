package me.snaq.inventory.support;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Webhook endpoints for tests: made through the API, and deleted again by {@link #deleteAll}. */
public final class Webhooks {
  private static final List<Long> MADE = new ArrayList<>();

  private Webhooks() {}

  /** An endpoint made by the caller: its id and its secret (shown once). */
  public record Endpoint(long id, String secret) {}

  public static synchronized Endpoint create(
      RequestSpecification caller, String url, List<String> events, String brand) {
    Map<String, Object> body = new HashMap<>();
    body.put("url", url);
    body.put("events", events);
    if (brand != null) {
      body.put("brand", brand);
    }
    var created =
        caller.body(body).post("/v1/webhook-endpoints").then().statusCode(201).extract().jsonPath();
    Endpoint endpoint = new Endpoint(created.getLong("id"), created.getString("secret"));
    MADE.add(endpoint.id());
    return endpoint;
  }

  /** The endpoint's deliveries (newest first), as staff reads them. */
  public static List<Map<String, Object>> deliveries(long endpoint) {
    return Api.staff()
        .queryParam("limit", 200)
        .get("/v1/webhook-endpoints/{id}/deliveries", endpoint)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** Deletes every endpoint the tests made, so none keeps receiving other tests' events. */
  public static synchronized void deleteAll() {
    for (long id : MADE) {
      Api.staff().delete("/v1/webhook-endpoints/{id}", id);
    }
    MADE.clear();
  }
}
