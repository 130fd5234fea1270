package me.snaq.inventory.it;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A COMMIT run whose worker is killed (SIGKILL) mid-run: another replica claims it once the lease
 * lapses and completes it; the run is never half-written, and the ledger stays reconciled.
 */
@QuarkusIntegrationTest
class RunWorkerCrashIT {
  private static final int SUBSCRIBERS = 20_000;
  private static final List<Process> workers = new ArrayList<>();

  @AfterAll
  static void stopWorkers() {
    workers.forEach(Process::destroyForcibly);
  }

  @Test
  void shouldFinishARunWhoseWorkerWasKilledExactlyOnce() throws Exception {
    LocalDate delivery = today().plusDays(7);
    String brand = TestData.createBoxLine();
    Api.staff()
        .body(Map.of("size", 8, "maxPerCategory", 2, "discoverySlots", 2))
        .put("/v1/brands/{code}/recipe", brand)
        .then()
        .statusCode(201);
    List<Long> lots = new ArrayList<>();
    for (int p = 0; p < 60; p++) {
      String sku = TestData.createProduct("category-" + (p % 12), brand);
      lots.add(TestData.receiveLot(sku, null, delivery.plusDays(90), 3_000));
    }
    for (int from = 0; from < SUBSCRIBERS; from += 10_000) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < from + 10_000; i++) {
        batch.add(TestData.subscriber(brand + "-s" + i, brand));
      }
      Api.staff().body(batch).put("/v1/subscribers").then().statusCode(200);
    }

    Process doomed = startWorker();
    long run =
        Api.staff()
            .body(
                Map.of(
                    "deliveryDate",
                    delivery.toString(),
                    "brands",
                    List.of(brand),
                    "mode",
                    "COMMIT"))
            .post("/v1/assignment-runs")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");
    awaitStatus(run, "RUNNING", 60);
    doomed.destroyForcibly().waitFor();

    startWorker();
    JsonPath finished = awaitStatus(run, "SUCCEEDED", 120);

    assertThat(finished.getInt("attempts")).isEqualTo(2);
    int boxes = finished.getInt("metrics.boxes");
    assertThat(boxes).isEqualTo(SUBSCRIBERS);
    int units = (int) (finished.getDouble("metrics.fillRate") * boxes * 8 + 0.5);
    int reserved =
        lots.stream()
            .mapToInt(
                id ->
                    Api.staff()
                        .get("/v1/lots/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("reserved"))
            .sum();
    assertThat(reserved).isEqualTo(units);
    Api.staff().get("/v1/stock/reconciliation").then().statusCode(200).body("drift", empty());
  }

  private static JsonPath awaitStatus(long run, String status, int seconds)
      throws InterruptedException {
    for (int i = 0; i < seconds * 10; i++) {
      JsonPath current =
          Api.staff().get("/v1/assignment-runs/{id}", run).then().extract().jsonPath();
      if (current.getString("status").equals(status)) {
        return current;
      }
      assertThat(current.getString("status")).isNotEqualTo("FAILED");
      Thread.sleep(100);
    }
    throw new AssertionError("run " + run + " did not become " + status);
  }

  /** Another replica of the packaged service whose worker polls every second, lease 4 s. */
  private static Process startWorker() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    File log = new File("target/run-worker-" + workers.size() + ".log");
    Map<String, String> settings = new HashMap<>();
    settings.put("quarkus.http.port", Integer.toString(port));
    settings.put("%test.assignment.worker.every", "1s");
    settings.put("%test.assignment.worker.delay", "1s");
    settings.put("%test.assignment.worker.lease", "PT4S");
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.add("-Dquarkus.profile=test");
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    workers.add(process);
    for (int i = 0; i < 120; i++) {
      try {
        if (Api.raw(null).port(port).get("/q/health/ready").statusCode() == 200) {
          return process;
        }
      } catch (Exception notYetListening) {
        // keep waiting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("a worker instance did not start; see " + log);
  }
}
