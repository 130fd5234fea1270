package me.snaq.inventory.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.snaq.inventory.shared.security.Role;

/**
 * Entry points for component tests: requests as a given role, each checked against the committed
 * OpenAPI document ({@code openapi/openapi.yaml}), so a response that drifts from the contract
 * fails the test that provoked it.
 */
public final class Api {
  public static final String BOOTSTRAP_ADMIN_KEY = "test-bootstrap-admin-key-0123456789";
  private static final OpenApiValidationFilter CONTRACT =
      new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml")
              // Requests are not checked: tests send invalid input on purpose.
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel("validation.request", ValidationReport.Level.IGNORE)
                      .build())
              .build());
  private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
  private static final Map<String, String> PARTNER_KEYS = new ConcurrentHashMap<>();

  private Api() {}

  /** A request with no credentials, validated against the contract. */
  public static RequestSpecification anonymous() {
    return given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /** A request that skips the contract check: for inputs the contract itself rules out. */
  public static RequestSpecification raw(String key) {
    RequestSpecification request = given();
    return key == null ? request : request.header("Authorization", "Bearer " + key);
  }

  public static RequestSpecification withKey(String key) {
    return anonymous().header("Authorization", "Bearer " + key);
  }

  public static RequestSpecification admin() {
    return withKey(BOOTSTRAP_ADMIN_KEY);
  }

  public static RequestSpecification staff() {
    return withKey(key(Role.STAFF));
  }

  public static RequestSpecification assigner() {
    return withKey(key(Role.ASSIGNER));
  }

  /** A request as a partner key of the given brand, created once per brand. */
  public static RequestSpecification partner(String brand) {
    return withKey(partnerKey(brand));
  }

  public static synchronized String key(Role role) {
    return KEYS.computeIfAbsent(role, r -> issueKey(r, null));
  }

  public static String partnerKey(String brand) {
    return PARTNER_KEYS.computeIfAbsent(brand, b -> issueKey(Role.PARTNER, b));
  }

  /** Issues a fresh key through the API, as the bootstrap admin. */
  public static String issueKey(Role role, String brand) {
    Map<String, Object> body =
        new java.util.HashMap<>(Map.of("name", "test " + role, "role", role));
    if (brand != null) {
      body.put("brand", brand);
    }
    return admin().body(body).post("/v1/api-keys").then().statusCode(201).extract().path("key");
  }
}
