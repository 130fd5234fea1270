package me.snaq.inventory.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev profile's demo data, loaded into a database of its own: what a newcomer sees. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

  /** Demo data on, in a separate database so other tests' data does not hide it. */
  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "inventory.demo.enabled", "true",
          "quarkus.datasource.jdbc.url",
              "jdbc:postgresql://127.0.0.1:5432/snaq_inventory_demo_test");
    }
  }

  private static io.restassured.specification.RequestSpecification as(String key) {
    return given().header("Authorization", "Bearer " + key);
  }

  @Test
  void shouldLoadTheBrandsProductsAndLotsAndOneWorkingKeyPerRole() {
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .queryParam("limit", 200)
        .get("/v1/brands")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "house", "standard", "otsumami", "granola", "yakigashi", "kinoko", "tabimori"));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .queryParam("brand", "standard")
        .queryParam("limit", 200)
        .get("/v1/stock")
        .then()
        .statusCode(200)
        .body("items.size()", greaterThan(50));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.PARTNER))
        .get("/v1/brands")
        .then()
        .body("items.code", org.hamcrest.Matchers.contains(DemoDataLoader.DEMO_PARTNER));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.ADMIN))
        .get("/v1/api-keys")
        .then()
        .statusCode(200);
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.ASSIGNER))
        .get("/v1/brands")
        .then()
        .statusCode(403);
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .get("/v1/reports/expiry")
        .then()
        .statusCode(200)
        .body("owners.size()", greaterThan(0));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .get("/v1/brands/granola/recipe")
        .then()
        .statusCode(200)
        .body("size", equalTo(4))
        .body("requiredCategories.topping", equalTo(3));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .queryParam("brand", "standard")
        .queryParam("limit", 200)
        .get("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(200));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.PARTNER))
        .get("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
        .body("items.brand", everyItem(equalTo(DemoDataLoader.DEMO_PARTNER)));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .get("/v1/subscribers/demo-00001/deliveries")
        .then()
        .statusCode(200)
        .body("size()", greaterThan(0));
    as(DemoDataLoader.DEMO_KEYS.get(me.snaq.inventory.shared.security.Role.STAFF))
        .get("/v1/stock/reconciliation")
        .then()
        .body("drift.size()", equalTo(0));
  }
}
