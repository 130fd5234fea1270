package me.snaq.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.WebhookReceiver;
import me.snaq.inventory.support.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;

/**
 * The outbox outlives the replica that wrote it: a replica is SIGKILLed while one delivery is in
 * flight (its receiver slow to answer) and another event it committed still waits; a replica
 * started afterwards sends both, the first again under the same {@code webhook-id}.
 */
class WebhookReplicaIT {
  private static final Map<String, String> WEBHOOKS =
      Map.of(
          "inventory.webhooks.allow-http", "true",
          "inventory.webhooks.allow-private-addresses", "true",
          "inventory.webhooks.every", "200ms",
          "inventory.webhooks.timeout", "30s");

  @Test
  void shouldDeliverWhatAKilledReplicaCommittedOrWasSending() throws Exception {
    try (PrivatePostgres postgres = PrivatePostgres.start("webhook-kill");
        WebhookReceiver receiver = new WebhookReceiver();
        Replica doomed = Replica.start("webhook-kill-a", postgres.url("inventory"), WEBHOOKS)) {
      receiver.delaying(n -> n == 1 ? Duration.ofSeconds(60) : Duration.ZERO);
      FaultWorld world = FaultWorld.seed(doomed, 1, 100);
      doomed
          .request(world.staffKey)
          .body(
              Map.of(
                  "url", receiver.url(), "events", List.of("allocation.*"), "brand", world.brand))
          .post("/v1/webhook-endpoints")
          .then()
          .statusCode(201);

      long first = world.allocate(doomed, world.skus.get(0), null).id();
      Received inFlight =
          receiver.await(r -> isAllocation(r, first), 1, Duration.ofSeconds(20)).get(0);
      long second = world.allocate(doomed, world.skus.get(0), null).id();
      doomed.kill();

      try (Replica survivor =
          Replica.start("webhook-kill-b", postgres.url("inventory"), WEBHOOKS)) {
        List<Received> again =
            receiver.await(r -> isAllocation(r, first), 2, Duration.ofSeconds(30));
        receiver.await(r -> isAllocation(r, second), 1, Duration.ofSeconds(30));
        assertThat(again)
            .extracting(r -> r.header("webhook-id"))
            .as("a receiver can tell the repeat by its webhook-id")
            .containsOnly(inFlight.header("webhook-id"));
        assertThat(postgres.count("inventory", "SELECT count(*) FROM webhook_delivery"))
            .isEqualTo(2);
        awaitDelivered(postgres);
        assertThat(
                postgres.count(
                    "inventory",
                    "SELECT count(DISTINCT event_id) FROM webhook_delivery WHERE type = 'allocation.created'"))
            .isEqualTo(2);
        survivor
            .request(world.staffKey)
            .get("/v1/stock/reconciliation")
            .then()
            .statusCode(200)
            .body("drift.size()", org.hamcrest.Matchers.equalTo(0));
      }
    }
  }

  private static boolean isAllocation(Received request, long id) {
    return request.type().equals("allocation.created") && request.json().getLong("data.id") == id;
  }

  private static void awaitDelivered(PrivatePostgres postgres) throws Exception {
    for (int i = 0; i < 100; i++) {
      if (postgres.count(
              "inventory", "SELECT count(*) FROM webhook_delivery WHERE status = 'SUCCEEDED'")
          == 2) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the deliveries never both succeeded");
  }
}
