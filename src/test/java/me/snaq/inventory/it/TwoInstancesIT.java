package me.snaq.inventory.it;

import static me.snaq.inventory.support.TestData.allocation;
import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * No oversell across replicas: the packaged service under test plus a second instance of the same
 * jar on another port, sharing one database, while 50 threads race for 100 units through both.
 */
@QuarkusIntegrationTest
class TwoInstancesIT {
  private static final int THREADS = 50;
  private static Process second;
  private static int secondPort;

  @AfterAll
  static void stopSecondInstance() {
    if (second != null) {
      second.destroy();
    }
  }

  @Test
  void shouldNeverOversellWhenTwoInstancesShareOneDatabase() throws Exception {
    startSecondInstance();
    String staff = Api.key(Role.STAFF);
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 100);
    int firstPort = RestAssured.port;

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int port = t % 2 == 0 ? firstPort : secondPort;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<Integer> statuses = new ArrayList<>();
                for (int attempt = 0; attempt < 3; attempt++) {
                  statuses.add(
                      Api.raw(staff)
                          .port(port)
                          .contentType("application/json")
                          .body(allocation(brand, "FIRM", Map.of(sku, 1)))
                          .post("/v1/allocations")
                          .statusCode());
                }
                return statuses;
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<List<Integer>> result : results) {
      statuses.addAll(result.get());
    }
    pool.shutdown();

    assertThat(statuses).hasSize(150).isSubsetOf(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(100);
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(100));
    Api.raw(staff)
        .port(secondPort)
        .get("/v1/stock/reconciliation")
        .then()
        .statusCode(200)
        .body("drift", empty());
  }

  private static void startSecondInstance() throws IOException, InterruptedException {
    try (ServerSocket socket = new ServerSocket(0)) {
      secondPort = socket.getLocalPort();
    }
    File log = new File("target/second-instance.log");
    second =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-Dquarkus.profile=test",
                "-Dquarkus.http.port=" + secondPort,
                "-jar",
                "target/quarkus-app/quarkus-run.jar")
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    for (int i = 0; i < 120; i++) {
      try {
        if (Api.raw(null).port(secondPort).get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (Exception notYetListening) {
        // keep waiting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The second instance did not start; see " + log);
  }
}
