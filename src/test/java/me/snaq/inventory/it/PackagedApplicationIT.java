package me.snaq.inventory.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged jar: it starts, reports healthy, serves its contract and Swagger UI, and works. */
@QuarkusIntegrationTest
class PackagedApplicationIT {
  private static final String ADMIN = "Bearer test-bootstrap-admin-key-0123456789";

  @Test
  void shouldReportLiveAndReadyWithTheDatabase() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
  }

  @Test
  void shouldServeTheContractAndSwaggerUi() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("/v1/products"));
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }

  @Test
  void shouldExposePrometheusMetrics() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void shouldIssueAKeyAndUseIt() {
    String key =
        given()
            .header("Authorization", ADMIN)
            .contentType("application/json")
            .body(Map.of("name", "packaged", "role", "STAFF"))
            .post("/v1/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    given()
        .header("Authorization", "Bearer " + key)
        .get("/v1/brands/house")
        .then()
        .statusCode(200)
        .body("kind", equalTo("HOUSE"));
  }
}
