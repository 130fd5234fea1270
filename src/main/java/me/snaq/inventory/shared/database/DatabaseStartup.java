package me.snaq.inventory.shared.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Prepares the database before anything else runs: waits for the server to answer (a replica
 * started before its database waits up to {@code inventory.database.startup-wait} rather than
 * exit), creates the database when {@code inventory.database.create-if-missing} is on (the dev and
 * test profiles, never production by default), then applies the Flyway migrations. Flyway's own
 * lock makes concurrent starts of several replicas safe.
 */
@ApplicationScoped
public class DatabaseStartup {
  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);
  public static final int PRIORITY = 10;

  private final Flyway flyway;
  private final boolean createIfMissing;
  private final String jdbcUrl;
  private final String username;
  private final String password;
  private final Duration startupWait;

  public DatabaseStartup(
      Flyway flyway,
      @ConfigProperty(name = "inventory.database.create-if-missing") boolean createIfMissing,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
      @ConfigProperty(name = "inventory.database.startup-wait") Duration startupWait) {
    this.startupWait = startupWait;
    this.flyway = flyway;
    this.createIfMissing = createIfMissing;
    this.jdbcUrl = jdbcUrl;
    this.username = username.orElse("");
    this.password = password.orElse("");
  }

  void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
    waitForTheServer();
    if (createIfMissing) {
      new DatabaseCreator(jdbcUrl, username, password).createIfMissing();
    }
    flyway.migrate();
  }

  /** Until the server answers, or the wait is over (then the start fails with the cause). */
  private void waitForTheServer() {
    Instant deadline = Instant.now().plus(startupWait);
    Instant nextLog = Instant.now();
    Properties credentials = new Properties();
    if (!username.isBlank()) {
      credentials.setProperty("user", username);
      credentials.setProperty("password", password);
    }
    credentials.setProperty("connectTimeout", "5");
    while (true) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl, credentials)) {
        return;
      } catch (SQLException e) {
        if (!DatabaseOutage.isOutage(e)) {
          return; // the server answers (e.g. the database is still to be created)
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "The database did not answer within " + startupWait + ": " + e.getMessage(), e);
        }
        if (!Instant.now().isBefore(nextLog)) {
          LOG.infof("Waiting for the database at %s: %s", jdbcUrl, e.getMessage());
          nextLog = Instant.now().plusSeconds(10);
        }
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }
}
