package me.snaq.inventory.catalog;

import static me.snaq.inventory.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecipeResourceTest {
  @Inject CatalogService catalog;

  private static Map<String, Object> recipe(int size, int maxPerCategory, int discoverySlots) {
    Map<String, Object> body = new HashMap<>();
    body.put("size", size);
    body.put("maxPerCategory", maxPerCategory);
    body.put("discoverySlots", discoverySlots);
    return body;
  }

  private static Map<String, Object> granolaBox() {
    Map<String, Object> body = recipe(4, 1, 1);
    body.put("requiredCategories", Map.of("granola", 1, "topping", 3));
    body.put("repeatWindowBoxes", 2);
    return body;
  }

  @Test
  void shouldCreateReadAndReplaceARecipeWithVersions() {
    String brand = TestData.createBoxLine();
    Api.staff()
        .body(granolaBox())
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/brands/" + brand + "/recipe"))
        .header("ETag", "\"0\"")
        .body("requiredCategories.topping", equalTo(3))
        .body("$", not(hasKey("repeatWindowDays")));
    Api.staff()
        .get("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("size", equalTo(4))
        .body("requiredCategories.granola", equalTo(1));

    Map<String, Object> standard = recipe(8, 2, 2);
    standard.put("repeatWindowBoxes", 3);
    standard.put("minRemainingDays", 21);
    Api.staff()
        .header("If-Match", "\"0\"")
        .body(standard)
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("size", equalTo(8))
        .body("requiredCategories.size()", equalTo(0))
        .body("minRemainingDays", equalTo(21));
    Api.staff()
        .body(standard)
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
  }

  @Test
  void shouldRefuseRecipesThatDoNotFitTheBox() {
    String brand = TestData.createBoxLine();
    Map<String, Object> tooMuchRequired = recipe(4, 2, 0);
    tooMuchRequired.put("requiredCategories", Map.of("granola", 2, "topping", 3));
    expectInvalid(brand, tooMuchRequired, "requiredCategories", "must add up to at most size (4)");
    expectInvalid(brand, recipe(4, 2, 5), "discoverySlots", "must be between 0 and 4");
    expectInvalid(brand, recipe(21, 2, 0), "size", null);
    expectInvalid(brand, recipe(8, 0, 0), "maxPerCategory", null);
    Map<String, Object> badCategory = recipe(8, 2, 0);
    badCategory.put("requiredCategories", Map.of("Not A Slug", 1));
    Api.staff()
        .body(badCategory)
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
    Api.staff()
        .get("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(404)
        .body("code", equalTo("RECIPE_NOT_FOUND"));
  }

  private static void expectInvalid(
      String brand, Map<String, Object> body, String field, String message) {
    var response =
        Api.staff()
            .body(body)
            .put("/v1/brands/{code}/recipe", brand)
            .then()
            .statusCode(400)
            .body("errors[0].field", equalTo(field));
    if (message != null) {
      response.body("errors[0].message", equalTo(message));
    }
  }

  @Test
  void shouldRefuseARecipeForTheHouseAndAnUnknownBrand() {
    Api.staff()
        .body(recipe(8, 2, 2))
        .put("/v1/brands/house/recipe")
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
    Api.staff()
        .body(recipe(8, 2, 2))
        .put("/v1/brands/{code}/recipe", unique("ghost"))
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
    Api.staff()
        .get("/v1/brands/house/recipe")
        .then()
        .statusCode(404)
        .body("code", equalTo("RECIPE_NOT_FOUND"));
  }

  @Test
  void shouldRefuseAStaleIfMatch() {
    String brand = TestData.createBoxLine();
    Api.staff()
        .header("If-Match", "\"0\"")
        .body(recipe(8, 2, 2))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    Api.staff().body(recipe(8, 2, 2)).put("/v1/brands/{code}/recipe", brand).then().statusCode(201);
    Api.staff()
        .header("If-Match", "\"7\"")
        .body(recipe(6, 2, 2))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(412);
  }

  @Test
  void shouldLetAPartnerReadOnlyItsOwnRecipe() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    Api.staff()
        .body(recipe(6, 2, 1))
        .put("/v1/brands/{code}/recipe", partner)
        .then()
        .statusCode(201);
    Api.staff().body(recipe(6, 2, 1)).put("/v1/brands/{code}/recipe", other).then().statusCode(201);
    Api.partner(partner).get("/v1/brands/{code}/recipe", partner).then().statusCode(200);
    Api.partner(partner)
        .get("/v1/brands/{code}/recipe", other)
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
  }

  @Test
  void shouldGiveTheRecipeToOtherModulesThroughTheCatalogFacade() {
    String granola = TestData.createBoxLine();
    String without = TestData.createBoxLine();
    Api.staff().body(granolaBox()).put("/v1/brands/{code}/recipe", granola).then().statusCode(201);

    RecipeInfo info = catalog.recipe(granola).orElseThrow();
    assertThat(info.size()).isEqualTo(4);
    assertThat(info.requiredCategories())
        .containsOnly(Map.entry("granola", 1), Map.entry("topping", 3));
    assertThat(info.repeatWindowBoxes()).isEqualTo(2);
    assertThat(info.repeatWindowDays()).isNull();
    assertThat(catalog.recipe(without)).isEmpty();
    assertThat(catalog.recipes(List.of(granola, without))).containsOnlyKeys(granola);
  }
}
