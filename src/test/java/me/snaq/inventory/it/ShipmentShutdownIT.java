package me.snaq.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A replica stopped by SIGTERM while it ships a large shipment (202, batches of one transaction):
 * every box is either shipped (its item SHIPPED, its units gone) or not (PENDING, still reserved),
 * never half; another replica then finishes the rest, and the ledger reconciles.
 */
class ShipmentShutdownIT {
  private static final int BOXES = 3_000;
  private static final int UNITS_PER_LOT = 5_000;
  private static final Map<String, String> SHIPPER =
      Map.of("inventory.shipping.every", "1s", "inventory.shipping.batch-size", "20");

  @Test
  void shouldLeaveEveryBoxShippedOrNotAndLetAnotherReplicaFinish() throws Exception {
    try (PrivatePostgres postgres = PrivatePostgres.start("sigterm-ship");
        Replica doomed = Replica.start("sigterm-ship-a", postgres.url("inventory"), SHIPPER)) {
      FaultWorld world = FaultWorld.seed(doomed, 2, UNITS_PER_LOT);
      List<Long> boxes = Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(8);
      for (int i = 0; i < BOXES; i++) {
        String sku = world.skus.get(i % 2);
        clients.execute(
            () -> {
              FaultWorld.Sent sent = world.allocate(doomed, sku, null);
              assertThat(sent.status()).as(sent.body()).isEqualTo(201);
              boxes.add(sent.id());
            });
      }
      clients.shutdown();
      assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
      assertThat(boxes).hasSize(BOXES);

      FaultWorld.Sent started =
          world.post(
              doomed, "/v1/allocations/ship", "{\"allocationIds\":" + boxes + "}", "sigterm-ship");
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      long shipment = started.id();
      awaitShipped(doomed, world, shipment, 25);
      doomed.terminate();
      assertThat(doomed.awaitExit(40)).as("the replica stops within its timeout").isTrue();

      long shipped = itemCount(postgres, shipment, "SHIPPED");
      long pending = itemCount(postgres, shipment, "PENDING");
      System.out.println(
          "SIGTERM during a shipment: " + shipped + " shipped, " + pending + " pending");
      assertThat(shipped + pending).isEqualTo(BOXES);
      assertThat(pending).as("stopped before the end").isPositive();
      assertThat(allocations(postgres, "SHIPPED"))
          .as("a box shipped iff its item")
          .isEqualTo(shipped);
      assertThat(allocations(postgres, "ALLOCATED")).isEqualTo(pending);
      assertThat(postgres.count("inventory", "SELECT sum(reserved) FROM inventory_lot"))
          .as("a pending box keeps its unit")
          .isEqualTo(pending);
      assertThat(postgres.count("inventory", "SELECT sum(on_hand) FROM inventory_lot"))
          .isEqualTo(2L * UNITS_PER_LOT - shipped);
      assertThat(
              postgres.count(
                  "inventory", "SELECT shipped FROM inventory_shipment WHERE id = " + shipment))
          .isEqualTo(shipped);
      assertThat(doomed.log()).doesNotContain("a shipment batch failed");

      try (Replica heir = Replica.start("sigterm-ship-b", postgres.url("inventory"), SHIPPER)) {
        JsonPath done = awaitShipped(heir, world, shipment, BOXES);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("refused")).isZero();
        assertThat(allocations(postgres, "SHIPPED")).isEqualTo(BOXES);
        assertThat(postgres.count("inventory", "SELECT sum(reserved) FROM inventory_lot")).isZero();
        heir.request(world.staffKey)
            .get("/v1/stock/reconciliation")
            .then()
            .statusCode(200)
            .body("drift.size()", org.hamcrest.Matchers.equalTo(0));
      }
    }
  }

  private static long itemCount(PrivatePostgres postgres, long shipment, String status)
      throws java.sql.SQLException {
    return postgres.count(
        "inventory",
        "SELECT count(*) FROM inventory_shipment_item WHERE shipment_id = "
            + shipment
            + " AND status = '"
            + status
            + "'");
  }

  private static long allocations(PrivatePostgres postgres, String state)
      throws java.sql.SQLException {
    return postgres.count(
        "inventory", "SELECT count(*) FROM inventory_allocation WHERE state = '" + state + "'");
  }

  /** Polls the shipment until at least {@code shipped} items shipped (or it finished). */
  private static JsonPath awaitShipped(
      Replica replica, FaultWorld world, long shipment, int shipped) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      JsonPath current =
          replica
              .request(world.staffKey)
              .get("/v1/shipments/{id}", shipment)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (current.getInt("shipped") >= shipped || "SUCCEEDED".equals(current.getString("status"))) {
        return current;
      }
      PrivatePostgres.pause(20);
    }
    throw new AssertionError("shipment " + shipment + " did not ship " + shipped + " items");
  }
}
