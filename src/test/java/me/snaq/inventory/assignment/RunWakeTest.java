package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The replica that queues a run starts it at once: with the poll an hour away, only the wake on the
 * trigger's commit can run it. A database of its own, so no other test's run is in the queue.
 */
@QuarkusTest
@TestProfile(RunWakeTest.WokenOnly.class)
class RunWakeTest {

  public static class WokenOnly implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "assignment.worker.every", "1h",
          "assignment.worker.delay", "1h",
          "quarkus.datasource.jdbc.url",
              "jdbc:postgresql://127.0.0.1:5432/snaq_inventory_wake_test");
    }
  }

  @Test
  void shouldStartARunWhenItIsTriggeredNotAtTheNextPoll() throws InterruptedException {
    LocalDate delivery = TestData.today().plusDays(7);
    RunTestData line = RunTestData.boxLine(delivery, 2);
    long id =
        Api.raw(Api.key(Role.ASSIGNER))
            .contentType("application/json")
            .body(line.run(delivery, "PLAN"))
            .post("/v1/assignment-runs")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String status = "QUEUED";
    while (!status.equals("SUCCEEDED") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      status =
          Api.staff()
              .get("/v1/assignment-runs/{id}", id)
              .then()
              .extract()
              .jsonPath()
              .getString("status");
    }
    assertThat(status).isEqualTo("SUCCEEDED");
  }
}
