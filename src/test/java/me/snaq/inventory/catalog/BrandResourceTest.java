package me.snaq.inventory.catalog;

import static me.snaq.inventory.support.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BrandResourceTest {

  @Test
  void shouldCreateABrandWithLocationAndETag() {
    String code = unique("b");
    Api.staff()
        .body(Map.of("code", code, "name", "Kinoko", "kind", "PARTNER", "minRemainingDays", 60))
        .post("/v1/brands")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/brands/" + code))
        .header("ETag", "\"0\"")
        .body("code", equalTo(code))
        .body("kind", equalTo("PARTNER"))
        .body("active", equalTo(true))
        .body("minRemainingDays", equalTo(60));

    Api.staff()
        .get("/v1/brands/{code}", code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Kinoko"));
  }

  @Test
  void shouldRefuseADuplicateCode() {
    String code = TestData.createBoxLine();
    Api.staff()
        .body(Map.of("code", code, "name", "Again", "kind", "HOUSE_BOX"))
        .post("/v1/brands")
        .then()
        .statusCode(409)
        .body("code", equalTo("BRAND_ALREADY_EXISTS"));
  }

  @Test
  void shouldRefuseToCreateAnotherHouse() {
    Api.staff()
        .body(Map.of("code", unique("h"), "name", "Second house", "kind", "HOUSE"))
        .post("/v1/brands")
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
    Api.staff()
        .body(Map.of("code", "house", "name", "House box", "kind", "HOUSE_BOX"))
        .post("/v1/brands")
        .then()
        .statusCode(409)
        .body("code", equalTo("BRAND_ALREADY_EXISTS"));
  }

  @Test
  void shouldRejectAnInvalidCodeWithTheFieldNamed() {
    Api.staff()
        .body(Map.of("code", "Bad Code", "name", "", "kind", "PARTNER"))
        .post("/v1/brands")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("code", "name"));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownBrand() {
    Api.staff()
        .get("/v1/brands/{code}", unique("none"))
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
  }

  @Test
  void shouldShowAPartnerOnlyItsOwnBrand() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();

    Api.partner(partner)
        .queryParam("limit", 200)
        .get("/v1/brands")
        .then()
        .statusCode(200)
        .body("items.code", contains(partner));
    Api.partner(partner).get("/v1/brands/{code}", partner).then().statusCode(200);
    Api.partner(partner)
        .get("/v1/brands/{code}", other)
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
  }

  @Test
  void shouldFilterBrandsByKind() {
    String partner = TestData.createPartner();
    String boxLine = TestData.createBoxLine();
    Api.staff()
        .queryParam("kind", "HOUSE_BOX")
        .queryParam("limit", 200)
        .get("/v1/brands")
        .then()
        .statusCode(200)
        .body("items.kind", not(hasItem("PARTNER")))
        .body("items.code", not(hasItem(partner)));
    Api.staff().get("/v1/brands/{code}", boxLine).then().statusCode(200);
  }

  @Test
  void shouldUpdateWithAMatchingETagAndRefuseAStaleOne() {
    String code = TestData.createPartner();
    Map<String, Object> change = Map.of("name", "Renamed", "active", false, "minRemainingDays", 45);

    Api.staff()
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/v1/brands/{code}", code)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Renamed"))
        .body("active", equalTo(false));

    Api.staff()
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/v1/brands/{code}", code)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
  }

  @Test
  void shouldRejectAMalformedIfMatch() {
    String code = TestData.createPartner();
    Api.staff()
        .header("If-Match", "version-one")
        .body(Map.of("name", "Renamed", "active", true))
        .put("/v1/brands/{code}", code)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("If-Match"));
  }

  @Test
  void shouldNotLetTheHouseBeChanged() {
    Api.staff()
        .body(Map.of("name", "Renamed house", "active", true))
        .put("/v1/brands/house")
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
  }

  @Test
  void shouldPageThroughBrandsWithoutRepeats() {
    for (int i = 0; i < 3; i++) {
      TestData.createPartner();
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = Api.staff().queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/v1/brands").then().statusCode(200).extract().jsonPath();
      java.util.List<String> codes = page.getList("items.code");
      org.assertj.core.api.Assertions.assertThat(codes).hasSizeLessThanOrEqualTo(2);
      codes.forEach(c -> org.assertj.core.api.Assertions.assertThat(seen.add(c)).isTrue());
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    org.assertj.core.api.Assertions.assertThat(pages).isGreaterThanOrEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(seen).contains("house");
  }
}
