package me.snaq.inventory.catalog;

import static me.snaq.inventory.support.TestData.unique;
import static me.snaq.inventory.support.TestData.uniqueSku;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaResourceTest {

  @Test
  void shouldCreateThenReplaceAQuota() {
    String brand = TestData.createPartner();
    String sku = TestData.createProduct("nuts", brand);
    Api.staff()
        .body(Map.of("reserved", 100, "limit", 500))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/brands/" + brand + "/quotas/" + sku))
        .body("reserved", equalTo(100))
        .body("limit", equalTo(500));
    Api.staff()
        .header("If-Match", "\"0\"")
        .body(Map.of("reserved", 20))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("reserved", equalTo(20))
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("limit")));
    Api.staff()
        .get("/v1/brands/{code}/quotas", brand)
        .then()
        .statusCode(200)
        .body("items.sku", contains(sku));
  }

  @Test
  void shouldRefuseALimitBelowTheReservedUnits() {
    String brand = TestData.createPartner();
    String sku = TestData.createProduct("nuts", brand);
    Api.staff()
        .body(Map.of("reserved", 100, "limit", 50))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    Api.staff()
        .body(Map.of("reserved", -1))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reserved"));
  }

  @Test
  void shouldRefuseAQuotaOnAProductNotEligibleForTheBrand() {
    String brand = TestData.createPartner();
    String sku = TestData.createProduct("nuts");
    Api.staff()
        .body(Map.of("reserved", 1))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(422)
        .body("code", equalTo("PRODUCT_NOT_ELIGIBLE"));
  }

  @Test
  void shouldAnswerNotFoundForUnknownBrandProductOrQuota() {
    String brand = TestData.createPartner();
    String sku = TestData.createProduct("nuts", brand);
    Api.staff()
        .body(Map.of("reserved", 1))
        .put("/v1/brands/{code}/quotas/{sku}", unique("ghost"), sku)
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
    Api.staff()
        .body(Map.of("reserved", 1))
        .put("/v1/brands/{code}/quotas/{sku}", brand, uniqueSku())
        .then()
        .statusCode(404)
        .body("code", equalTo("PRODUCT_NOT_FOUND"));
    Api.staff()
        .get("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(404)
        .body("code", equalTo("QUOTA_NOT_FOUND"));
  }

  @Test
  void shouldRefuseAQuotaForTheHouse() {
    String sku = TestData.createProduct("nuts");
    Api.staff()
        .body(Map.of("reserved", 1))
        .put("/v1/brands/house/quotas/{sku}", sku)
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
  }

  @Test
  void shouldRefuseAStaleIfMatch() {
    String brand = TestData.createPartner();
    String sku = TestData.createProduct("nuts", brand);
    Api.staff()
        .header("If-Match", "\"3\"")
        .body(Map.of("reserved", 1))
        .put("/v1/brands/{code}/quotas/{sku}", brand, sku)
        .then()
        .statusCode(412);
  }

  @Test
  void shouldLetAPartnerReadOnlyItsOwnQuotas() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner, other);
    Api.staff().body(Map.of("reserved", 5)).put("/v1/brands/{code}/quotas/{sku}", partner, sku);
    Api.staff().body(Map.of("reserved", 7)).put("/v1/brands/{code}/quotas/{sku}", other, sku);

    Api.partner(partner)
        .get("/v1/brands/{code}/quotas/{sku}", partner, sku)
        .then()
        .statusCode(200)
        .body("reserved", equalTo(5));
    Api.partner(partner)
        .get("/v1/brands/{code}/quotas/{sku}", other, sku)
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
    Api.partner(partner).get("/v1/brands/{code}/quotas", other).then().statusCode(404);
  }

  @Test
  void shouldDeleteAQuota() {
    String brand = TestData.createPartner();
    String sku = TestData.createProduct("nuts", brand);
    Api.staff().body(Map.of("reserved", 5)).put("/v1/brands/{code}/quotas/{sku}", brand, sku);
    Api.staff().delete("/v1/brands/{code}/quotas/{sku}", brand, sku).then().statusCode(204);
    Api.staff().delete("/v1/brands/{code}/quotas/{sku}", brand, sku).then().statusCode(404);
  }
}
