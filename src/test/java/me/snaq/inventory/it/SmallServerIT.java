package me.snaq.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Three replicas, each with a pool of 32, on a server that takes 16 connections: under load the
 * pools ask for more than the server has. A request that finds no slot waits for one of its pool's
 * own or answers 503 with Retry-After (never a 500); a replica started while the others hold every
 * slot waits instead of exiting, and starts once they give their idle connections back (the pool
 * keeps none idle); the stock stays exact throughout.
 */
class SmallServerIT {
  private static final int CLIENTS = 24;
  private static final int MAX_CONNECTIONS = 16;

  @Test
  void shouldShareASmallServerBetweenThreeReplicas() throws Exception {
    Map<String, String> pool = Map.of("quarkus.datasource.jdbc.idle-removal-interval", "PT5S");
    try (PrivatePostgres postgres = PrivatePostgres.start("small", MAX_CONNECTIONS);
        Replica a = Replica.start("small-a", postgres.url("inventory"), pool);
        Replica b = Replica.start("small-b", postgres.url("inventory"), pool);
        // the test's own slot, taken before the load: the server has none to spare later
        Connection monitor =
            DriverManager.getConnection(postgres.url("inventory"), "postgres", "")) {
      FaultWorld world = FaultWorld.seed(a, 4, 100_000);
      List<Replica> serving = new CopyOnWriteArrayList<>(List.of(a, b));
      ConcurrentLinkedQueue<FaultWorld.Sent> answers = new ConcurrentLinkedQueue<>();
      Map<String, Long> acknowledged = new ConcurrentHashMap<>();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicBoolean paused = new AtomicBoolean(false);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.execute(
            () -> {
              for (int n = 0; running.get(); n++) {
                while (paused.get()) {
                  PrivatePostgres.pause(50);
                }
                String key = "client-" + client + "-" + UUID.randomUUID();
                String sku = world.skus.get(n % world.skus.size());
                while (true) { // one logical request, retried with its key as a 503 asks
                  Replica replica = serving.get((client + n) % serving.size());
                  FaultWorld.Sent sent = world.allocate(replica, sku, key);
                  answers.add(sent);
                  if (sent.status() == 201) {
                    acknowledged.put(key, sent.id());
                    break;
                  }
                  if (sent.status() != 503) {
                    break;
                  }
                  PrivatePostgres.pause(100);
                }
              }
            });
      }
      PrivatePostgres.pause(5_000);
      long busiest = count(monitor, "SELECT count(*) FROM pg_stat_activity");
      paused.set(true); // a quiet moment: the pools give their idle connections back
      try (Replica c = Replica.launch("small-c", postgres.url("inventory"), pool)) {
        c.awaitReady(120);
        serving.add(c);
        paused.set(false);
        PrivatePostgres.pause(8_000);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        Map<Integer, Long> statuses = new TreeMap<>();
        answers.forEach(answer -> statuses.merge(answer.status(), 1L, Long::sum));
        System.out.printf(
            "small server (%d connections, %d in use under load): answers by status %s%n",
            MAX_CONNECTIONS, busiest, statuses);
        for (FaultWorld.Sent answer : answers) {
          assertThat(answer.status()).as(answer.body()).isIn(201, 503);
          if (answer.status() == 503) {
            assertThat(answer.retryAfter()).isNotNull();
            assertThat(answer.body()).contains("\"DATABASE_UNAVAILABLE\"");
          }
        }
        assertThat(acknowledged.size()).isGreaterThan(CLIENTS * 10);
        long reserved = count(monitor, "SELECT coalesce(sum(reserved), 0) FROM inventory_lot");
        assertThat(reserved)
            .as("every acknowledged unit reserved, nothing else")
            .isEqualTo(acknowledged.size());
        c.request(world.staffKey)
            .get("/v1/stock/reconciliation")
            .then()
            .statusCode(200)
            .body("drift.size()", Matchers.equalTo(0));
        for (Replica replica : List.of(a, b, c)) {
          assertThat(replica.log()).doesNotContain("Unhandled error");
        }
      }
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
