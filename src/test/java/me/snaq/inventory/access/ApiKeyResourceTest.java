package me.snaq.inventory.access;

import static me.snaq.inventory.support.TestData.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

  @Test
  void shouldIssueAKeyShowingTheSecretOnlyOnce() {
    var created =
        Api.admin()
            .body(Map.of("name", "ops laptop", "role", "STAFF"))
            .post("/v1/api-keys")
            .then()
            .statusCode(201)
            .body("key", startsWith("snaq_"))
            .body("role", equalTo("STAFF"))
            .extract()
            .jsonPath();
    String id = created.getString("id");
    String key = created.getString("key");

    Api.admin()
        .get("/v1/api-keys/{id}", id)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("key")))
        .body("prefix", equalTo(key.substring(0, 12)))
        .body("createdBy", equalTo("bootstrap-admin"));
    Api.withKey(key).get("/v1/brands/house").then().statusCode(200);
  }

  @Test
  void shouldRefuseARevokedKeyAtOnce() {
    String key = Api.issueKey(me.snaq.inventory.shared.security.Role.STAFF, null);
    Api.withKey(key).get("/v1/brands/house").then().statusCode(200);
    String id =
        Api.admin()
            .queryParam("limit", 200)
            .queryParam("role", "STAFF")
            .get("/v1/api-keys")
            .then()
            .extract()
            .jsonPath()
            .getString("items.find { it.prefix == '" + key.substring(0, 12) + "' }.id");

    Api.admin().delete("/v1/api-keys/{id}", id).then().statusCode(204);
    Api.withKey(key)
        .get("/v1/brands/house")
        .then()
        .statusCode(401)
        .body("code", equalTo("UNAUTHENTICATED"));
    Api.admin().delete("/v1/api-keys/{id}", id).then().statusCode(204);
    Api.admin().get("/v1/api-keys/{id}", id).then().body("revokedAt", notNullValue());
    Api.admin().get("/v1/api-keys").then().body("items.id", not(hasItem(id)));
  }

  @Test
  void shouldLetAnIssuedAdminKeyIssueKeys() {
    String admin = Api.issueKey(me.snaq.inventory.shared.security.Role.ADMIN, null);
    Api.withKey(admin)
        .body(Map.of("name", "second", "role", "ASSIGNER"))
        .post("/v1/api-keys")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldRequireABrandForPartnerKeysOnly() {
    Api.admin()
        .body(Map.of("name", "partner", "role", "PARTNER"))
        .post("/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("brand"));
    Api.admin()
        .body(Map.of("name", "staff", "role", "STAFF", "brand", TestData.createPartner()))
        .post("/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("brand"));
  }

  @Test
  void shouldRefusePartnerKeysForUnknownOrNonPartnerBrands() {
    Api.admin()
        .body(Map.of("name", "p", "role", "PARTNER", "brand", unique("ghost")))
        .post("/v1/api-keys")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_BRAND"));
    Api.admin()
        .body(Map.of("name", "p", "role", "PARTNER", "brand", TestData.createBoxLine()))
        .post("/v1/api-keys")
        .then()
        .statusCode(422)
        .body("code", equalTo("INVALID_BRAND_KIND"));
  }

  @Test
  void shouldAnswerNotFoundForUnknownOrMalformedIds() {
    Api.admin()
        .get("/v1/api-keys/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("API_KEY_NOT_FOUND"));
    Api.admin().get("/v1/api-keys/{id}", "not-a-uuid").then().statusCode(404);
    Api.admin().delete("/v1/api-keys/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void shouldRejectAnUnknownRole() {
    Api.admin()
        .body(Map.of("name", "x", "role", "ROOT"))
        .post("/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"))
        .body("errors[0].message", equalTo("must be one of [ADMIN, STAFF, PARTNER, ASSIGNER]"));
  }
}
