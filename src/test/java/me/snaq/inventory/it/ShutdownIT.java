package me.snaq.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A replica stopped by SIGTERM (an orchestrator's stop), each on a private PostgreSQL: requests in
 * flight get their responses and later ones are refused before any work, so the units reserved are
 * exactly those acknowledged; a run it was executing goes to another replica at once.
 */
class ShutdownIT {
  private static final int CLIENTS = 24;
  private static final int SUBSCRIBERS = 8_000;
  private static final Map<String, String> STOPPING =
      Map.of("quarkus.shutdown.delay", "1s", "quarkus.shutdown.timeout", "20s");

  @Test
  void shouldAnswerEveryAllocationInFlightWhenAReplicaStops() throws Exception {
    try (PrivatePostgres postgres = PrivatePostgres.start("sigterm-load");
        Replica doomed = Replica.start("sigterm-load-a", postgres.url("inventory"), STOPPING)) {
      FaultWorld world = FaultWorld.seed(doomed, 4, 100_000);
      ConcurrentLinkedQueue<FaultWorld.Sent> answers = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        String sku = world.skus.get(c % world.skus.size());
        clients.execute(
            () -> {
              while (running.get()) {
                FaultWorld.Sent sent = world.allocate(doomed, sku, null);
                answers.add(sent);
                if (sent.status() == 0) {
                  PrivatePostgres.pause(20); // nothing listens any more
                }
              }
            });
      }
      PrivatePostgres.pause(4_000);
      doomed.terminate();
      assertThat(doomed.awaitExit(40)).as("the replica stops within its timeout").isTrue();
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(70, TimeUnit.SECONDS)).isTrue();

      Map<Integer, Long> statuses = new java.util.TreeMap<>();
      answers.forEach(sent -> statuses.merge(sent.status(), 1L, Long::sum));
      System.out.println("SIGTERM under load, responses by status (0: none): " + statuses);
      answers.stream()
          .filter(sent -> sent.status() == 0)
          .map(FaultWorld.Sent::body)
          .distinct()
          .limit(5)
          .forEach(body -> System.out.println("  no response: " + body));
      List<Long> acknowledged = new ArrayList<>();
      for (FaultWorld.Sent sent : answers) {
        assertThat(sent.status()).as(sent.body()).isIn(0, 201, 503);
        if (sent.status() == 201) {
          acknowledged.add(sent.id());
        }
      }
      assertThat(acknowledged).hasSizeGreaterThan(100);
      assertThat(answers).anyMatch(sent -> sent.status() != 201);
      long reserved =
          postgres.count(
              "inventory",
              "SELECT coalesce(sum(reserved), 0) FROM inventory_lot WHERE sku LIKE '"
                  + world.brand.toUpperCase()
                  + "-%'");
      long allocations =
          postgres.count(
              "inventory",
              "SELECT count(*) FROM inventory_allocation WHERE brand_code = '" + world.brand + "'");
      assertThat(reserved).as("units reserved = units acknowledged").isEqualTo(acknowledged.size());
      assertThat(allocations).isEqualTo(acknowledged.size());
      assertThat(doomed.log())
          .contains("All HTTP requests complete")
          .doesNotContain("unanswered")
          .doesNotContain("Error Occurred After Shutdown");
    }
  }

  @Test
  void shouldHandARunningCommitToAnotherReplicaAtOnce() throws Exception {
    Map<String, String> worker =
        Map.of(
            "quarkus.shutdown.delay", "1s",
            "assignment.worker.every", "1s",
            "assignment.worker.delay", "1s",
            "assignment.worker.lease", "PT30S");
    try (PrivatePostgres postgres = PrivatePostgres.start("sigterm-run");
        Replica first = Replica.start("sigterm-run-a", postgres.url("inventory"), worker);
        Replica second = Replica.start("sigterm-run-b", postgres.url("inventory"), worker)) {
      FaultWorld world = FaultWorld.seed(first, 12, 5_000);
      world.subscribers(first, SUBSCRIBERS);
      String body =
          "{\"deliveryDate\":\""
              + FaultWorld.DELIVERY
              + "\",\"brands\":[\""
              + world.brand
              + "\"],\"mode\":\"COMMIT\"}";
      long run =
          new JsonPath(world.post(first, "/v1/assignment-runs", body, null).body()).getLong("id");
      awaitStatus(first, world, run, "RUNNING", Duration.ofSeconds(30));
      String claimed = "assignment run " + run + " claimed";
      Replica doomed = first.log().contains(claimed) ? first : second;
      Replica heir = doomed == first ? second : first;
      Instant stop = Instant.now();
      doomed.terminate();

      JsonPath finished = awaitStatus(heir, world, run, "SUCCEEDED", Duration.ofSeconds(60));
      Duration taken = Duration.between(stop, Instant.now());
      assertThat(doomed.awaitExit(30)).isTrue();
      System.out.println("SIGTERM during a COMMIT: completed by the other replica in " + taken);
      assertThat(doomed.log()).contains(claimed).contains("assignment run " + run + " handed back");
      assertThat(heir.log()).contains(claimed);
      assertThat(taken).as("completed by the other replica").isLessThan(Duration.ofSeconds(10));
      assertThat(finished.getInt("attempts"))
          .as("a handed-back attempt does not count")
          .isEqualTo(1);
      long units = Math.round(finished.getDouble("metrics.fillRate") * SUBSCRIBERS * 4);
      long reserved =
          postgres.count("inventory", "SELECT coalesce(sum(reserved), 0) FROM inventory_lot");
      assertThat(reserved).as("all of the run or nothing").isEqualTo(units);
      heir.request(world.staffKey)
          .get("/v1/stock/reconciliation")
          .then()
          .statusCode(200)
          .body("drift.size()", org.hamcrest.Matchers.equalTo(0));
    }
  }

  private static JsonPath awaitStatus(
      Replica replica, FaultWorld world, long run, String status, Duration wait) {
    Instant deadline = Instant.now().plus(wait);
    while (Instant.now().isBefore(deadline)) {
      JsonPath current =
          replica
              .request(world.staffKey)
              .get("/v1/assignment-runs/{id}", run)
              .then()
              .extract()
              .jsonPath();
      if (status.equals(current.getString("status"))) {
        return current;
      }
      assertThat(current.getString("status")).isNotIn("FAILED", "CANCELLED");
      PrivatePostgres.pause(100);
    }
    throw new AssertionError("run " + run + " did not become " + status);
  }
}
