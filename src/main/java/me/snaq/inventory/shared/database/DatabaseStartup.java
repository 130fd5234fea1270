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
 * Prepares the database before anything else runs: in the dev and test profiles, starts an embedded
 * PostgreSQL when nothing answers at the URL's local address ({@link EmbeddedPostgres}); refuses to
 * start without a URL (production names its database); waits for the server to answer (a replica
 * started before its database waits up to {@code inventory.database.startup-wait} rather than
 * exit), creates the database when {@code inventory.database.create-if-missing} is on (the dev and
 * test profiles, never production by default), then applies the Flyway migrations. Flyway's own
 * lock makes concurrent starts of several replicas safe.
 */
@ApplicationScoped
public class DatabaseStartup {
  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);
  public static final int PRIORITY = 10;

  /** The production profile's URL until one is configured (application.properties). */
  private static final String UNSET = "jdbc:postgresql://database-not-configured/none";

  private static volatile boolean ready;

  private final Flyway flyway;
  private final boolean createIfMissing;
  private final Optional<String> jdbcUrl;
  private final EmbeddedSettings embedded;
  private final String username;
  private final String password;
  private final Duration startupWait;

  public DatabaseStartup(
      Flyway flyway,
      @ConfigProperty(name = "inventory.database.create-if-missing") boolean createIfMissing,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
      @ConfigProperty(name = "inventory.database.startup-wait") Duration startupWait,
      EmbeddedSettings embedded) {
    this.startupWait = startupWait;
    this.embedded = embedded;
    this.flyway = flyway;
    this.createIfMissing = createIfMissing;
    this.jdbcUrl = jdbcUrl;
    this.username = username.orElse("");
    this.password = password.orElse("");
  }

  void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
    String url =
        jdbcUrl.filter(configured -> !configured.equals(UNSET)).orElseThrow(this::noDatabase);
    boolean started =
        embedded.enabled()
            && PostgresAddress.parse(url)
                .map(
                    address ->
                        EmbeddedPostgres.startUnlessAnswering(
                            address, embedded.dataDir(), embedded.keepData()))
                .orElse(false);
    LOG.infof("Database: %s%s", url, started ? " (on the embedded PostgreSQL started for it)" : "");
    Instant deadline = Instant.now().plus(startupWait);
    while (true) {
      waitForTheServer(url, deadline);
      try {
        if (createIfMissing) {
          new DatabaseCreator(url, username, password).createIfMissing();
        }
        flyway.migrate();
        ready = true;
        return;
      } catch (RuntimeException e) {
        // the server answered, then had no slot (or went away) for the creation or migrations
        if (!DatabaseOutage.isOutage(e) || Instant.now().isAfter(deadline)) {
          throw e;
        }
        LOG.infof("The database turned this replica away while it prepared (%s); waiting", e);
        sleep();
      }
    }
  }

  /** Whether this replica's database is there and migrated (scheduled jobs wait for it). */
  public static boolean isReady() {
    return ready;
  }

  private IllegalStateException noDatabase() {
    return new IllegalStateException(
        "No database is configured: set QUARKUS_DATASOURCE_JDBC_URL (for example"
            + " jdbc:postgresql://db:5432/snaq_inventory), QUARKUS_DATASOURCE_USERNAME and"
            + " QUARKUS_DATASOURCE_PASSWORD. Only the dev and test profiles start an embedded"
            + " PostgreSQL; production never falls back to one.");
  }

  /** Until the server answers, or the wait is over (then the start fails with the cause). */
  private void waitForTheServer(String jdbcUrl, Instant deadline) {
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
