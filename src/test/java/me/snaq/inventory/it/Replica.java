package me.snaq.inventory.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replica of the packaged service ({@code target/quarkus-app}) on a database of the test's
 * choosing: started as a process, stopped by SIGTERM (the way an orchestrator stops it) or killed
 * by SIGKILL. Its log goes to {@code target/<name>.log}.
 */
final class Replica implements AutoCloseable {
  static final String ADMIN_KEY = "fault-suite-admin-key-0123456789";

  private final Process process;
  private final int port;
  private final File log;

  private Replica(Process process, int port, File log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a replica and waits until it is ready; {@code settings} override configuration. */
  static Replica start(String name, String jdbcUrl, Map<String, String> settings) {
    Replica replica = launch(name, jdbcUrl, settings);
    replica.awaitReady(120);
    return replica;
  }

  /** Starts a replica without waiting for it (a start before the database, say). */
  static Replica launch(String name, String jdbcUrl, Map<String, String> settings) {
    try {
      int port = PrivatePostgres.freePort();
      File log = new File("target/" + name + ".log");
      Map<String, String> config = new LinkedHashMap<>();
      config.put("quarkus.http.port", Integer.toString(port));
      config.put("quarkus.datasource.jdbc.url", jdbcUrl);
      config.put("quarkus.datasource.username", "postgres");
      config.put("inventory.database.create-if-missing", "true");
      config.put("inventory.bootstrap-admin-key", ADMIN_KEY);
      config.put("inventory.demo.enabled", "false");
      config.put("inventory.webhooks.secret-key", "fault-suite-webhook-key-0123456789");
      config.put("quarkus.log.console.json.enabled", "false");
      config.putAll(settings);
      List<String> command = new ArrayList<>();
      command.add(System.getProperty("java.home") + "/bin/java");
      command.add("-Xmx768m");
      config.forEach((key, value) -> command.add("-D" + key + "=" + value));
      command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
      Process process =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      return new Replica(process, port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  String baseUri() {
    return "http://127.0.0.1:" + port;
  }

  /** A request to this replica (no contract check: faults are the point here). */
  RequestSpecification request(String key) {
    RequestSpecification request =
        RestAssured.given().baseUri("http://127.0.0.1").port(port).contentType("application/json");
    return key == null ? request : request.header("Authorization", "Bearer " + key);
  }

  /** The readiness status code, or 0 when nothing listens. */
  int readiness() {
    try {
      return request(null).get("/q/health/ready").statusCode();
    } catch (Exception notListening) { // REST Assured throws ConnectException undeclared
      return 0;
    }
  }

  void awaitReady(int seconds) {
    for (int i = 0; i < seconds * 10; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the replica exited; see " + log);
      }
      if (readiness() == 200) {
        return;
      }
      PrivatePostgres.pause(100);
    }
    throw new IllegalStateException("the replica did not become ready; see " + log);
  }

  /** SIGTERM, as an orchestrator stops a replica; returns at once. */
  void terminate() {
    process.destroy();
  }

  /** SIGKILL: no shutdown at all. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  boolean awaitExit(int seconds) throws InterruptedException {
    return process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String log() {
    try {
      return Files.readString(Path.of(log.getPath()));
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
