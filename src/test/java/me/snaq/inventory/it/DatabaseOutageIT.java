package me.snaq.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load on two replicas, on a private PostgreSQL: restarted cleanly,
 * then its postmaster killed. Clients retry with their Idempotency-Key, as the 503 says: during an
 * outage every answer is 503 problem+json with Retry-After, readiness goes DOWN and comes back, the
 * replicas serve again within 2 s of the database, and in the end every acknowledged allocation is
 * there and nothing else is reserved.
 */
class DatabaseOutageIT {
  private static final int CLIENTS = 8;

  private record Answer(int status, String contentType, String retryAfter, String body) {}

  @Test
  void shouldAnswer503DuringAnOutageAndLoseNothing() throws Exception {
    try (PrivatePostgres postgres = PrivatePostgres.start("outage");
        Replica a = Replica.start("outage-a", postgres.url("inventory"), Map.of());
        Replica b = Replica.start("outage-b", postgres.url("inventory"), Map.of())) {
      List<Replica> replicas = List.of(a, b);
      FaultWorld world = FaultWorld.seed(a, 4, 100_000);
      ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
      Map<String, Long> acknowledged = new ConcurrentHashMap<>();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.execute(
            () -> {
              for (int n = 0; running.get(); n++) {
                String key = "client-" + client + "-" + UUID.randomUUID();
                String sku = world.skus.get(n % world.skus.size());
                // one logical request, retried with its key until it is answered
                while (true) {
                  Replica replica = replicas.get((client + n) % 2);
                  FaultWorld.Sent sent = world.allocate(replica, sku, key);
                  answers.add(new Answer(sent.status(), null, sent.retryAfter(), sent.body()));
                  if (sent.status() == 201) {
                    acknowledged.put(key, sent.id());
                    break;
                  }
                  if (!running.get() && sent.status() != 503 && sent.status() != 0) {
                    break;
                  }
                  PrivatePostgres.pause(200);
                }
              }
            });
      }
      PrivatePostgres.pause(3_000);
      Duration afterRestart = outage(postgres, replicas, world, false, acknowledged);
      PrivatePostgres.pause(3_000);
      Duration afterKill = outage(postgres, replicas, world, true, acknowledged);
      PrivatePostgres.pause(3_000);
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

      Map<Integer, Long> statuses = new java.util.TreeMap<>();
      answers.forEach(answer -> statuses.merge(answer.status(), 1L, Long::sum));
      System.out.printf(
          "database outages: answers by status %s; serving again %d ms after a restart, %d ms"
              + " after a kill%n",
          statuses, afterRestart.toMillis(), afterKill.toMillis());
      for (Answer answer : answers) {
        assertThat(answer.status()).as(answer.body()).isIn(201, 503);
        if (answer.status() == 503) {
          assertThat(answer.retryAfter()).isNotNull();
          assertThat(answer.body())
              .contains("\"DATABASE_UNAVAILABLE\"")
              .doesNotContain("Exception");
        }
      }
      assertThat(statuses.get(503)).as("the outages were seen").isPositive();
      assertThat(afterRestart).isLessThan(Duration.ofSeconds(2));
      assertThat(afterKill).isLessThan(Duration.ofSeconds(2));
      long reserved =
          postgres.count("inventory", "SELECT coalesce(sum(reserved), 0) FROM inventory_lot");
      String ids =
          acknowledged.values().stream()
              .map(String::valueOf)
              .reduce((x, y) -> x + "," + y)
              .orElse("0");
      long found =
          postgres.count(
              "inventory", "SELECT count(*) FROM inventory_allocation WHERE id IN (" + ids + ")");
      assertThat(found).as("no acknowledged allocation lost").isEqualTo(acknowledged.size());
      assertThat(reserved)
          .as("nothing reserved that nobody acknowledged")
          .isEqualTo(acknowledged.size());
      a.request(world.staffKey)
          .get("/v1/stock/reconciliation")
          .then()
          .statusCode(200)
          .body("drift.size()", org.hamcrest.Matchers.equalTo(0));
      for (Replica replica : replicas) {
        String log = replica.log();
        assertThat(log).contains("The database is unavailable").contains("reachable again");
        assertThat(log).doesNotContain("Unhandled error");
        assertThat(count(log, "The database is unavailable")).isLessThanOrEqualTo(2);
      }
    }
  }

  /**
   * Takes the database away (a fast stop, or SIGKILL to the postmaster), checks readiness goes
   * DOWN, brings it back, and returns how long after that an allocation succeeded again.
   */
  private static Duration outage(
      PrivatePostgres postgres,
      List<Replica> replicas,
      FaultWorld world,
      boolean kill,
      Map<String, Long> acknowledged)
      throws Exception {
    if (kill) {
      postgres.kill();
    } else {
      postgres.stop();
    }
    Instant down = Instant.now();
    for (Replica replica : replicas) {
      while (replica.readiness() != 503) {
        assertThat(Duration.between(down, Instant.now())).isLessThan(Duration.ofSeconds(20));
        PrivatePostgres.pause(100);
      }
    }
    PrivatePostgres.pause(1_500);
    postgres.up();
    Instant back = Instant.now();
    for (Replica replica : replicas) {
      String key = "probe-" + UUID.randomUUID();
      FaultWorld.Sent sent;
      while ((sent = world.allocate(replica, world.skus.get(0), key)).status() != 201) {
        assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(20));
        PrivatePostgres.pause(50);
      }
      acknowledged.put(key, sent.id());
    }
    Duration serving = Duration.between(back, Instant.now());
    for (Replica replica : replicas) {
      replica.awaitReady(20);
    }
    return serving;
  }

  @Test
  void shouldWaitForADatabaseThatIsNotThereYet() throws Exception {
    try (PrivatePostgres postgres = PrivatePostgres.start("late")) {
      postgres.stop();
      try (Replica early = Replica.launch("late-a", postgres.url("inventory"), Map.of())) {
        PrivatePostgres.pause(8_000);
        assertThat(early.isAlive()).as("it waits instead of exiting").isTrue();
        assertThat(early.readiness()).isNotEqualTo(200);
        postgres.up();
        early.awaitReady(60);
        assertThat(early.log()).contains("Waiting for the database");
      }
    }
  }

  private static int count(String text, String part) {
    int found = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      found++;
    }
    return found;
  }
}
