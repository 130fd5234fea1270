package me.snaq.inventory.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.StandardWebhooks;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.WebhookReceiver;
import me.snaq.inventory.support.WebhookReceiver.Received;
import me.snaq.inventory.support.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a real HTTP receiver: signed so that a receiver's own check accepts them, retried
 * on failure with growing gaps and the same {@code webhook-id}, stopped at once by a 410, and
 * confined to the endpoint's brand.
 */
@QuarkusTest
class WebhookDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final WebhookReceiver receiver = new WebhookReceiver();

  @AfterEach
  void cleanUp() {
    Webhooks.deleteAll();
    receiver.close();
  }

  private static long receiveLotOf(String owner) {
    String sku = TestData.createProduct("nuts", owner);
    return TestData.receiveLot(sku, owner, TestData.today().plusDays(90), 20);
  }

  private static boolean isLot(Received request, long lot) {
    return request.json().getLong("data.id") == lot;
  }

  @Test
  void shouldSignEveryDeliverySoThatTheReceiversOwnCheckAcceptsIt() {
    String partner = TestData.createPartner();
    Webhooks.Endpoint endpoint =
        Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.*"), null);
    assertThat(endpoint.secret()).startsWith("whsec_");
    assertThat(java.util.Base64.getDecoder().decode(endpoint.secret().substring(6)))
        .hasSizeGreaterThanOrEqualTo(24);

    long lot = receiveLotOf(partner);

    Received request = receiver.await(r -> isLot(r, lot), 1, WAIT).get(0);
    assertThat(StandardWebhooks.verify(endpoint.secret(), request)).isTrue();
    String another = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(StandardWebhooks.verify(another, request))
        .as("another secret does not verify")
        .isFalse();
    assertThat(request.header("webhook-id")).isEqualTo(request.json().getString("id"));
    assertThat(request.header("content-type")).isEqualTo("application/json");
    assertThat(request.json().getString("type")).isEqualTo("lot.received");
    assertThat(request.json().getString("brand")).isEqualTo(partner);
    assertThat(request.json().getString("occurredAt")).isNotBlank();
    assertThat(request.json().getInt("data.onHand")).isEqualTo(20);
  }

  @Test
  void shouldRetryAFailingReceiverWithGrowingGapsAndTheSameWebhookId() {
    String partner = TestData.createPartner();
    receiver.answering(n -> n <= 2 ? 500 : 200);
    Webhooks.Endpoint endpoint =
        Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.received"), null);

    long lot = receiveLotOf(partner);

    List<Received> attempts = receiver.await(r -> isLot(r, lot), 3, WAIT);
    assertThat(attempts)
        .extracting(r -> r.header("webhook-id"))
        .containsOnly(attempts.get(0).header("webhook-id"));
    Duration first = Duration.between(attempts.get(0).at(), attempts.get(1).at());
    Duration second = Duration.between(attempts.get(1).at(), attempts.get(2).at());
    assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    assertThat(second).isGreaterThan(first);
    awaitStatus(endpoint.id(), "SUCCEEDED");
    Map<String, Object> delivery = Webhooks.deliveries(endpoint.id()).get(0);
    assertThat(delivery.get("attempt")).isEqualTo(3);
    assertThat(delivery.get("eventId")).isEqualTo(attempts.get(0).header("webhook-id"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log = (List<Map<String, Object>>) delivery.get("attempts");
    assertThat(log)
        .extracting(a -> a.get("outcome"))
        .containsExactly("FAILED", "FAILED", "SUCCEEDED");
    assertThat(log).extracting(a -> a.get("responseStatus")).containsExactly(500, 500, 200);
  }

  @Test
  void shouldDisableAnEndpointAtOnceWhenItsReceiverAnswers410() {
    String partner = TestData.createPartner();
    receiver.answering(n -> 410);
    Webhooks.Endpoint endpoint =
        Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.*"), null);

    long lot = receiveLotOf(partner);
    receiver.await(r -> isLot(r, lot), 1, WAIT);
    awaitStatus(endpoint.id(), "FAILED");

    Api.partner(partner)
        .get("/v1/webhook-endpoints/{id}", endpoint.id())
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("disabledReason", equalTo("the receiver answered 410 Gone"));
    long later = receiveLotOf(partner);
    WebhookReceiver.sleep(1_500);
    assertThat(receiver.received(r -> isLot(r, later)))
        .as("a disabled endpoint hears nothing")
        .isEmpty();
    assertThat(Webhooks.deliveries(endpoint.id())).hasSize(1);
    Api.partner(partner)
        .post("/v1/webhook-endpoints/{id}/test", endpoint.id())
        .then()
        .statusCode(409)
        .body("code", equalTo("WEBHOOK_ENDPOINT_DISABLED"));
  }

  @Test
  void shouldDisableAnEndpointFailingLongerThanAllowedAndTakeItBackWhenTurnedOn() {
    String partner = TestData.createPartner();
    receiver.answering(n -> 503);
    Webhooks.Endpoint endpoint =
        Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.received"), null);

    long lot = receiveLotOf(partner);

    // attempts at about 0, 1, 3 and 7 s (each gap +-20%); the test profile disables an endpoint
    // whose failures span 5 s, at the attempt that finds them doing so (the third or the fourth,
    // as the jitter and a loaded machine's timing fall)
    String tag = awaitEndpoint(partner, endpoint.id(), false).header("ETag");
    assertThat(receiver.received(r -> isLot(r, lot)))
        .as("the attempts that failed before the endpoint was disabled")
        .hasSizeBetween(3, 4);
    Api.partner(partner)
        .get("/v1/webhook-endpoints/{id}", endpoint.id())
        .then()
        .body("disabledReason", org.hamcrest.Matchers.startsWith("failing since"));
    receiver.answering(n -> 200);
    Api.partner(partner)
        .header("If-Match", tag)
        .body(Map.of("url", receiver.url(), "events", List.of("lot.received"), "active", true))
        .put("/v1/webhook-endpoints/{id}", endpoint.id())
        .then()
        .statusCode(200)
        .body("active", equalTo(true));
    long again = receiveLotOf(partner);
    receiver.await(r -> isLot(r, again), 1, WAIT);
  }

  @Test
  void shouldFailAnAttemptThatOutlastsTheTimeoutAndReadLittleOfAHugeAnswer() {
    String partner = TestData.createPartner();
    receiver.delaying(n -> n == 1 ? Duration.ofSeconds(4) : Duration.ZERO);
    Webhooks.Endpoint endpoint =
        Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.received"), null);

    long lot = receiveLotOf(partner);

    receiver.await(r -> isLot(r, lot), 2, WAIT);
    awaitStatus(endpoint.id(), "SUCCEEDED");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log =
        (List<Map<String, Object>>) Webhooks.deliveries(endpoint.id()).get(0).get("attempts");
    assertThat(log.get(0).get("error")).isEqualTo("timed out");
    assertThat(log.get(0).get("responseStatus")).isNull();
    assertThat((Integer) log.get(0).get("durationMs")).isBetween(1_900, 3_900);
  }

  @Test
  void shouldStopReadingAnAnswerPast64KiB() {
    String partner = TestData.createPartner();
    receiver.answeringWithEndlessBodies();
    Webhooks.Endpoint endpoint =
        Webhooks.create(Api.partner(partner), receiver.url(), List.of("lot.received"), null);

    receiveLotOf(partner);

    // an answer read to its end would never end, and the attempt would time out after 2 s
    awaitStatus(endpoint.id(), "SUCCEEDED");
    assertThat(Webhooks.deliveries(endpoint.id()).get(0).get("attempt")).isEqualTo(1);
  }

  @Test
  void shouldSendAPartnerNoneOfAnotherBrandsEvents() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    Webhooks.create(Api.partner(partner), receiver.url(), List.of("*"), null);
    String otherSku = TestData.createProduct("nuts", other);
    long otherLot = TestData.receiveLot(otherSku, other, TestData.today().plusDays(90), 20);
    TestData.createAllocation(TestData.allocation(other, "FIRM", Map.of(otherSku, 2)));
    Api.staff().body(Map.of("reason", "pest")).post("/v1/lots/{id}/hold", otherLot);

    long ownLot = receiveLotOf(partner); // sent after the other brand's events: a barrier
    receiver.await(r -> isLot(r, ownLot), 1, WAIT);
    WebhookReceiver.sleep(500);

    assertThat(receiver.received())
        .allSatisfy(r -> assertThat(r.json().getString("brand")).isEqualTo(partner))
        .noneSatisfy(r -> assertThat(r.body()).contains(other));
  }

  @Test
  void shouldPingOnRequestAndSendADeliveryAgainByHand() {
    Webhooks.Endpoint endpoint =
        Webhooks.create(
            Api.staff(), receiver.url(), List.of("stock.low"), TestData.createPartner());

    long delivery =
        Api.staff()
            .post("/v1/webhook-endpoints/{id}/test", endpoint.id())
            .then()
            .statusCode(202)
            .body("type", equalTo("ping"))
            .extract()
            .jsonPath()
            .getLong("id");
    Received ping = receiver.await(r -> r.type().equals("ping"), 1, WAIT).get(0);
    assertThat(StandardWebhooks.verify(endpoint.secret(), ping)).isTrue();
    awaitStatus(endpoint.id(), "SUCCEEDED");

    Api.staff()
        .post("/v1/webhook-endpoints/{id}/deliveries/{d}/retry", endpoint.id(), delivery)
        .then()
        .statusCode(202);
    List<Received> both = receiver.await(r -> r.type().equals("ping"), 2, WAIT);
    assertThat(both.get(1).header("webhook-id")).isEqualTo(both.get(0).header("webhook-id"));
    String metrics =
        io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains(
            "webhook_deliveries_total{outcome=\"succeeded\"",
            "webhook_queue_depth",
            "webhook_queue_oldest_seconds",
            "webhook_dispatcher_yielding");
    Api.staff()
        .post("/v1/webhook-endpoints/{id}/deliveries/{d}/retry", endpoint.id(), 987_654_321L)
        .then()
        .statusCode(404)
        .body("code", equalTo("WEBHOOK_DELIVERY_NOT_FOUND"));
  }

  private static void awaitStatus(long endpoint, String status) {
    for (int i = 0; i < 200; i++) {
      List<Map<String, Object>> deliveries = Webhooks.deliveries(endpoint);
      if (!deliveries.isEmpty() && status.equals(deliveries.get(0).get("status"))) {
        return;
      }
      WebhookReceiver.sleep(100);
    }
    throw new AssertionError(
        "no delivery reached " + status + ": " + Webhooks.deliveries(endpoint));
  }

  private static io.restassured.response.Response awaitEndpoint(
      String partner, long endpoint, boolean active) {
    for (int i = 0; i < 300; i++) {
      var response = Api.partner(partner).get("/v1/webhook-endpoints/{id}", endpoint);
      if (response.jsonPath().getBoolean("active") == active) {
        return response;
      }
      WebhookReceiver.sleep(100);
    }
    throw new AssertionError("the endpoint's active flag never became " + active);
  }
}
