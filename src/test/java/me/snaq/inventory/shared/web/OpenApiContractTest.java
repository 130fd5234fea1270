package me.snaq.inventory.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract {@code openapi/openapi.yaml} must be exactly what the code generates: a
 * change to the API that does not update the file fails the build. To accept a deliberate change,
 * run {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and commit.
 */
@QuarkusTest
class OpenApiContractTest {
  private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

  @Test
  void shouldMatchTheCommittedContract() throws IOException {
    String generated =
        given()
            .queryParam("format", "yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("openapi.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COMMITTED)).as("openapi/openapi.yaml is committed").isTrue();
    assertThat(normalized(generated))
        .as(
            "openapi/openapi.yaml differs from the generated contract; if the change is meant, run"
                + " ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true")
        .isEqualTo(normalized(Files.readString(COMMITTED, StandardCharsets.UTF_8)));
  }

  @Test
  void shouldDeclareTheProblemSchemaAndBearerSecurity() {
    String document = given().queryParam("format", "json").get("/q/openapi").asString();
    assertThat(document)
        .contains("\"Problem\"")
        .contains("application/problem+json")
        .contains("\"bearer\"");
  }

  private static String normalized(String yaml) {
    return yaml.replace("\r\n", "\n").strip();
  }
}
