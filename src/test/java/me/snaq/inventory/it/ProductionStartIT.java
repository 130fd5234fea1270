package me.snaq.inventory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The production profile never falls back to an embedded PostgreSQL: the packaged service started
 * without a database URL refuses to start and says what to set, and its build holds no embedded
 * server to fall back to.
 */
class ProductionStartIT {

  @Test
  void shouldRefuseToStartWithoutAConfiguredDatabase() throws Exception {
    File log = new File("target/production-without-database.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    System.getProperty("java.home") + "/bin/java",
                    "-Xmx256m",
                    "-Dquarkus.http.port=0",
                    "-jar",
                    "target/quarkus-app/quarkus-run.jar"))
            .redirectErrorStream(true)
            .redirectOutput(log);
    builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
    Process process = builder.start();

    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the replica exits").isTrue();
    String output = Files.readString(log.toPath());
    assertThat(process.exitValue()).as(output).isNotZero();
    assertThat(output)
        .contains("No database is configured: set QUARKUS_DATASOURCE_JDBC_URL")
        .doesNotContain("embedded PostgreSQL there");
    assertThat(new File("target/quarkus-app/lib/main").list())
        .noneMatch(jar -> jar.startsWith("io.zonky.test"));
  }
}
