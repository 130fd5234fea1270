package me.snaq.inventory.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every error, whether raised by our code or by the framework, is problem+json with a stable code,
 * names the request in {@code instance}, speaks Japanese when asked, and leaks nothing internal.
 */
@QuarkusTest
class ProblemResponsesTest {

  @Test
  void shouldAnswerAMissingKeyWith401() {
    assertProblem(Api.raw(null).get("/v1/brands"), 401, "UNAUTHENTICATED");
  }

  @Test
  void shouldAnswerAnUnknownKeyWith401AndAChallenge() {
    Response response = Api.raw("snaq_not-a-real-key").get("/v1/brands");
    assertProblem(response, 401, "UNAUTHENTICATED");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void shouldAnswerAWrongRoleWith403() {
    assertProblem(staff().get("/v1/api-keys"), 403, "FORBIDDEN");
  }

  @Test
  void shouldAnswerAnUnknownPathWith404() {
    assertProblem(staff().get("/v1/no-such-thing"), 404, "RESOURCE_NOT_FOUND");
  }

  @Test
  void shouldAnswerAnUnsupportedMethodWith405() {
    Response response = staff().delete("/v1/products");
    assertProblem(response, 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void shouldAnswerAnUnacceptableMediaTypeWith406() {
    Response response = staff().accept("application/xml").get("/v1/brands/house");
    assertProblem(response, 406, "NOT_ACCEPTABLE");
  }

  @Test
  void shouldAnswerAnUnsupportedBodyTypeWith415() {
    Response response = staff().contentType("text/plain").body("hello").post("/v1/products");
    assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void shouldAnswerMalformedJsonWith400() {
    Response response =
        staff().contentType("application/json").body("{\"sku\": ").post("/v1/products");
    assertProblem(response, 400, "MALFORMED_REQUEST");
  }

  @Test
  void shouldNameTheFieldOfAWrongJsonType() {
    Map<String, Object> body = TestData.product(TestData.uniqueSku(), "nuts");
    body.put("minRemainingDays", "thirty");
    Response response = postProduct(body);
    assertProblem(response, 400, "VALIDATION_FAILED");
    response.then().body("errors[0].field", equalTo("minRemainingDays"));
    response.then().body("errors[0].message", equalTo("must be of type integer"));
  }

  @Test
  void shouldListTheAllowedValuesOfAnUnknownEnum() {
    Map<String, Object> body = TestData.product(TestData.uniqueSku(), "nuts");
    body.put("status", "SOLD_OUT");
    Response response = postProduct(body);
    assertProblem(response, 400, "VALIDATION_FAILED");
    response.then().body("errors[0].message", equalTo("must be one of [ACTIVE, DISCONTINUED]"));
  }

  @Test
  void shouldRejectAnUnknownProperty() {
    Map<String, Object> body = TestData.product(TestData.uniqueSku(), "nuts");
    body.put("minRemaingDays", 3);
    Response response = postProduct(body);
    assertProblem(response, 400, "VALIDATION_FAILED");
    response.then().body("errors[0].field", equalTo("minRemaingDays"));
  }

  @Test
  void shouldRejectAnInvalidQueryValueWith400NotWith404() {
    Response response = staff().queryParam("status", "GONE").get("/v1/products");
    assertProblem(response, 400, "VALIDATION_FAILED");
    response.then().body("errors[0].field", equalTo("status"));
    Response flag = staff().queryParam("active", "maybe").get("/v1/brands");
    assertProblem(flag, 400, "VALIDATION_FAILED");
  }

  @Test
  void shouldRejectAnEmptyBody() {
    Response response = staff().contentType("application/json").post("/v1/products");
    assertProblem(response, 400, "VALIDATION_FAILED");
    response.then().body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldRejectTextTheDatabaseCannotStoreWithoutChangingAnything() {
    String sku = TestData.uniqueSku();
    Map<String, Object> body = TestData.product(sku, "nuts");
    body.put("name", "nul\u0000byte");
    Response response = postProduct(body);
    assertProblem(response, 400, "MALFORMED_REQUEST");
    Api.staff().get("/v1/products/{sku}", sku).then().statusCode(404);
  }

  @Test
  void shouldAnswerInJapaneseWhenAsked() {
    Response response =
        staff().header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").get("/v1/products/NOPE-1");
    assertProblem(response, 404, "PRODUCT_NOT_FOUND");
    response.then().body("title", equalTo("商品が見つかりません")).header("Content-Language", "ja");
  }

  @Test
  void shouldTranslateValidationMessagesToJapanese() {
    Response response =
        staff().header("Accept-Language", "ja").queryParam("limit", 500).get("/v1/products");
    assertProblem(response, 400, "VALIDATION_FAILED");
    response.then().body("errors[0].message", equalTo("200 以下で指定してください"));
  }

  @Test
  void shouldHideTheCauseOfAnUnexpectedFailure() {
    Response response = Api.raw(null).get("/test-only/failure");
    assertProblem(response, 500, "INTERNAL_ERROR");
    assertThat(response.asString()).doesNotContain("secret").doesNotContain("IllegalState");
  }

  @Test
  void shouldAnswerAPoolOutOfConnectionsWith503AndRetryAfter() {
    Response response = Api.raw(null).get("/test-only/failure/database");
    assertProblem(response, 503, "DATABASE_UNAVAILABLE");
    assertThat(response.header("Retry-After")).isEqualTo("2");
    assertThat(response.asString()).doesNotContain("acquisition");
  }

  @Test
  void shouldQuoteTheRequestIdGivenByTheLoadBalancer() {
    Response response =
        Api.raw(null).header("X-Request-Id", "lb-1234567890abcdef").get("/v1/brands");
    assertProblem(response, 401, "UNAUTHENTICATED");
    response.then().body("instance", equalTo("urn:request-id:lb-1234567890abcdef"));
  }

  /** A staff request whose inputs bypass the contract check: the inputs are wrong on purpose. */
  private static RequestSpecification staff() {
    return Api.raw(Api.key(Role.STAFF));
  }

  /** Posts a product body as it is. */
  private static Response postProduct(Object body) {
    return staff().contentType("application/json").body(body).post("/v1/products");
  }

  /** Checks the shape every problem shares, and that nothing internal leaks. */
  private static void assertProblem(Response response, int status, String code) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("code", equalTo(code))
        .body("type", startsWith("https://inventory.snaq.me/problems/"))
        .body("instance", equalTo("urn:request-id:" + response.header("X-Request-Id")));
    assertThat(response.jsonPath().getString("title")).isNotBlank();
    assertThat(response.jsonPath().getString("detail")).isNotBlank();
    assertThat(response.asString())
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("org.")
        .doesNotContain("SQL")
        .doesNotContain("\tat ");
  }
}
