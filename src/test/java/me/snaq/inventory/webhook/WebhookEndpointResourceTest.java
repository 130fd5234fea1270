package me.snaq.inventory.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.StandardWebhooks;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.WebhookReceiver;
import me.snaq.inventory.support.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Managing endpoints: who may, what is refused, secrets shown once and kept sealed, rotation. */
@QuarkusTest
class WebhookEndpointResourceTest {
  private static final String URL = "https://hooks.example.com/snaq";

  @Inject AgroalDataSource dataSource;

  @AfterEach
  void cleanUp() {
    Webhooks.deleteAll();
  }

  @Test
  void shouldShowTheSecretOnceAndKeepItSealed() throws Exception {
    String partner = TestData.createPartner();
    Webhooks.Endpoint endpoint = Webhooks.create(Api.partner(partner), URL, List.of("lot.*"), null);

    Api.partner(partner)
        .get("/v1/webhook-endpoints/{id}", endpoint.id())
        .then()
        .statusCode(200)
        .body("brand", equalTo(partner))
        .body("active", equalTo(true))
        .body("secret", nullValue());
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("SELECT secret FROM webhook_endpoint WHERE id = ?")) {
      q.setLong(1, endpoint.id());
      try (ResultSet row = q.executeQuery()) {
        row.next();
        assertThat(row.getString(1))
            .startsWith("v1:")
            .doesNotContain(endpoint.secret().substring(6));
      }
    }
  }

  @Test
  void shouldBindAPartnersEndpointToItsBrandAndHideAnotherBrandsOnes() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    Webhooks.Endpoint theirs = Webhooks.create(Api.partner(other), URL, List.of("*"), null);

    Api.partner(partner)
        .body(Map.of("url", URL, "events", List.of("*"), "brand", other))
        .post("/v1/webhook-endpoints")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_BRAND"));
    for (String path : List.of("", "/deliveries")) {
      Api.partner(partner)
          .get("/v1/webhook-endpoints/{id}" + path, theirs.id())
          .then()
          .statusCode(404)
          .body("code", equalTo("WEBHOOK_ENDPOINT_NOT_FOUND"));
    }
    Api.partner(partner).delete("/v1/webhook-endpoints/{id}", theirs.id()).then().statusCode(404);
    Api.partner(partner)
        .get("/v1/webhook-endpoints")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem((int) theirs.id())));
    Api.staff()
        .get("/v1/webhook-endpoints/{id}", theirs.id())
        .then()
        .statusCode(200)
        .body("brand", equalTo(other));
  }

  @Test
  void shouldRefuseUnknownEventsAndBadUrlsAndBrandsThatSellNothing() {
    Api.staff()
        .body(Map.of("url", URL, "events", List.of("lot.received", "lot.eaten")))
        .post("/v1/webhook-endpoints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("events[1]"));
    for (String url :
        List.of("ftp://hooks.example.com/x", "https://user:pw@hooks.example.com/x", "hooks")) {
      Api.staff()
          .body(Map.of("url", url, "events", List.of("*")))
          .post("/v1/webhook-endpoints")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("url"));
    }
    Api.staff()
        .body(Map.of("url", URL, "events", List.of("*"), "brand", "house"))
        .post("/v1/webhook-endpoints")
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
    Api.staff()
        .body(Map.of("url", URL, "events", List.of("*"), "brand", "no-such-brand"))
        .post("/v1/webhook-endpoints")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNKNOWN_BRAND"));
  }

  @Test
  void shouldChangeAnEndpointOnlyWithTheCurrentTagAndDeleteIt() {
    Webhooks.Endpoint endpoint = Webhooks.create(Api.staff(), URL, List.of("lot.*"), null);
    String tag =
        Api.staff()
            .get("/v1/webhook-endpoints/{id}", endpoint.id())
            .then()
            .extract()
            .header("ETag");
    Map<String, Object> change =
        Map.of("url", URL, "events", List.of("stock.low", "stock.low"), "active", false);
    Api.staff()
        .header("If-Match", tag)
        .body(change)
        .put("/v1/webhook-endpoints/{id}", endpoint.id())
        .then()
        .statusCode(200)
        .body("events", equalTo(List.of("stock.low")))
        .body("active", equalTo(false))
        .body("disabledReason", equalTo("disabled by request"));
    Api.staff()
        .header("If-Match", tag)
        .body(change)
        .put("/v1/webhook-endpoints/{id}", endpoint.id())
        .then()
        .statusCode(412);
    Api.staff().delete("/v1/webhook-endpoints/{id}", endpoint.id()).then().statusCode(204);
    Api.staff().get("/v1/webhook-endpoints/{id}", endpoint.id()).then().statusCode(404);
  }

  @Test
  void shouldSignWithBothSecretsWhileARotationOverlaps() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Webhooks.Endpoint endpoint =
          Webhooks.create(
              Api.staff(), receiver.url(), List.of("stock.low"), TestData.createPartner());
      String rotated =
          Api.staff()
              .post("/v1/webhook-endpoints/{id}/rotate-secret", endpoint.id())
              .then()
              .statusCode(200)
              .body("previousSecretUntil", not(nullValue()))
              .extract()
              .path("secret");
      assertThat(rotated).startsWith("whsec_").isNotEqualTo(endpoint.secret());

      Api.staff().post("/v1/webhook-endpoints/{id}/test", endpoint.id()).then().statusCode(202);

      var ping =
          receiver.await(r -> r.type().equals("ping"), 1, java.time.Duration.ofSeconds(20)).get(0);
      assertThat(ping.header("webhook-signature").split(" ")).hasSize(2);
      assertThat(StandardWebhooks.verify(rotated, ping)).isTrue();
      assertThat(StandardWebhooks.verify(endpoint.secret(), ping)).isTrue();
    }
  }
}
