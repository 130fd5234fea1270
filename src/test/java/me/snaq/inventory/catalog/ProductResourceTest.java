package me.snaq.inventory.catalog;

import static me.snaq.inventory.support.TestData.product;
import static me.snaq.inventory.support.TestData.unique;
import static me.snaq.inventory.support.TestData.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductResourceTest {

  @Test
  void shouldCreateAProductWithDefaultsAndSortedIngredients() {
    String sku = uniqueSku();
    Map<String, Object> body = product(sku, "chocolate");
    body.put("ingredients", List.of("milk", "almond", "milk"));
    Api.staff()
        .body(body)
        .post("/v1/products")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/products/" + sku))
        .header("ETag", "\"0\"")
        .body("status", equalTo("ACTIVE"))
        .body("newProduct", equalTo(false))
        .body("ingredients", contains("almond", "milk"))
        .body("brands", empty());
  }

  @Test
  void shouldRefuseADuplicateSku() {
    String sku = TestData.createProduct("nuts");
    Api.staff()
        .body(product(sku, "nuts"))
        .post("/v1/products")
        .then()
        .statusCode(409)
        .body("code", equalTo("PRODUCT_ALREADY_EXISTS"));
  }

  @Test
  void shouldNameEveryInvalidField() {
    Map<String, Object> body = product("bad sku", "Not A Slug");
    body.put("minRemainingDays", -1);
    body.put("name", " ");
    Api.staff()
        .body(body)
        .post("/v1/products")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("category", "minRemainingDays", "name", "sku"));
  }

  @Test
  void shouldNameTheIndexOfAnInvalidListElement() {
    Map<String, Object> body = product(uniqueSku(), "nuts");
    body.put("ingredients", List.of("peanut", "Not valid"));
    Api.staff()
        .body(body)
        .post("/v1/products")
        .then()
        .statusCode(400)
        .body("errors.field", contains("ingredients[1]"));
  }

  @Test
  void shouldFilterByCategoryStatusAndText() {
    String category = unique("cat");
    String first = TestData.createProduct(category);
    String second = TestData.createProduct(category);
    discontinue(second, category);

    list(Api.staff().queryParam("category", category))
        .then()
        .statusCode(200)
        .body("items.sku", containsInAnyOrder(first, second));
    list(Api.staff().queryParam("category", category).queryParam("status", "DISCONTINUED"))
        .then()
        .body("items.sku", contains(second));
    list(Api.staff().queryParam("category", category).queryParam("q", first.toLowerCase()))
        .then()
        .body("items.sku", contains(first));
  }

  @Test
  void shouldTreatLikeWildcardsInTextSearchLiterally() {
    String category = unique("cat");
    TestData.createProduct(category);
    list(Api.staff().queryParam("category", category).queryParam("q", "%"))
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void shouldFilterByEligibleBrand() {
    String brand = TestData.createBoxLine();
    String category = unique("cat");
    String eligible = TestData.createProduct(category, brand);
    TestData.createProduct(category);
    list(Api.staff().queryParam("category", category).queryParam("brand", brand))
        .then()
        .body("items.sku", contains(eligible))
        .body("items[0].brands", contains(brand));
  }

  @Test
  void shouldPageWithACursorUntilTheLastPage() {
    String category = unique("cat");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(TestData.createProduct(category));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification request =
          Api.staff().queryParam("category", category).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = list(request).then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.sku"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(seen).containsExactlyElementsOf(created.stream().sorted().toList());
  }

  @Test
  void shouldRejectAPageLargerThanTheMaximum() {
    list(Api.staff().queryParam("limit", 201))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("limit"))
        .body("errors[0].message", equalTo("must be at most 200"));
  }

  @Test
  void shouldRejectACursorItDidNotIssue() {
    list(Api.staff().queryParam("cursor", "not-a-cursor"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void shouldUpdateWithIfMatchAndMoveTheETag() {
    String category = unique("cat");
    String sku = TestData.createProduct(category);
    discontinue(sku, category);
    Api.staff()
        .get("/v1/products/{sku}", sku)
        .then()
        .header("ETag", "\"1\"")
        .body("status", equalTo("DISCONTINUED"));
    Api.staff()
        .header("If-Match", "\"0\"")
        .body(update(category, "ACTIVE"))
        .put("/v1/products/{sku}", sku)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownProduct() {
    Api.staff()
        .get("/v1/products/{sku}", uniqueSku())
        .then()
        .statusCode(404)
        .body("code", equalTo("PRODUCT_NOT_FOUND"));
  }

  @Test
  void shouldSetAndReadEligibility() {
    String first = TestData.createBoxLine();
    String second = TestData.createPartner();
    String sku = TestData.createProduct("nuts");
    Api.staff()
        .header("If-Match", "\"0\"")
        .body(Map.of("brands", List.of(second, first)))
        .put("/v1/products/{sku}/eligibility", sku)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("brands", containsInAnyOrder(first, second));
    Api.staff()
        .body(Map.of("brands", List.of(first)))
        .put("/v1/products/{sku}/eligibility", sku)
        .then()
        .statusCode(200);
    Api.staff()
        .get("/v1/products/{sku}/eligibility", sku)
        .then()
        .statusCode(200)
        .body("brands", contains(first))
        .body("version", equalTo(2));
  }

  @Test
  void shouldRefuseEligibilityForUnknownBrandsAndTheHouse() {
    String sku = TestData.createProduct("nuts");
    Api.staff()
        .body(Map.of("brands", List.of(unique("ghost"))))
        .put("/v1/products/{sku}/eligibility", sku)
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_BRAND"));
    Api.staff()
        .body(Map.of("brands", List.of("house")))
        .put("/v1/products/{sku}/eligibility", sku)
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
    Api.staff().get("/v1/products/{sku}/eligibility", sku).then().body("brands", empty());
  }

  @Test
  void shouldShowAPartnerOnlyItsEligibleProductsAndOnlyItsOwnBrand() {
    String partner = TestData.createPartner();
    String boxLine = TestData.createBoxLine();
    String category = unique("cat");
    String shared = TestData.createProduct(category, partner, boxLine);
    String hidden = TestData.createProduct(category, boxLine);

    list(Api.partner(partner).queryParam("category", category))
        .then()
        .statusCode(200)
        .body("items.sku", contains(shared))
        .body("items[0].brands", contains(partner));
    list(Api.partner(partner).queryParam("category", category).queryParam("brand", boxLine))
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
    Api.partner(partner)
        .get("/v1/products/{sku}", hidden)
        .then()
        .statusCode(404)
        .body("code", equalTo("PRODUCT_NOT_FOUND"))
        .body("detail", equalTo("No product with SKU " + hidden + "."));
    Api.partner(partner)
        .get("/v1/products/{sku}/eligibility", shared)
        .then()
        .body("brands", contains(partner));
    Api.partner(partner).get("/v1/products/{sku}/eligibility", hidden).then().statusCode(404);
  }

  private static io.restassured.response.Response list(RequestSpecification request) {
    return request.get("/v1/products");
  }

  private static void discontinue(String sku, String category) {
    Api.staff()
        .body(update(category, "DISCONTINUED"))
        .put("/v1/products/{sku}", sku)
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> update(String category, String status) {
    return Map.of(
        "name",
        "Renamed",
        "category",
        category,
        "ingredients",
        List.of("milk"),
        "minRemainingDays",
        21,
        "status",
        status,
        "newProduct",
        true);
  }
}
