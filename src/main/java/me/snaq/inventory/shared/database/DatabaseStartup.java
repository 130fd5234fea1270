package me.snaq.inventory.shared.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Prepares the database before anything else runs: creates it when {@code
 * inventory.database.create-if-missing} is on (the dev and test profiles, never production by
 * default), then applies the Flyway migrations. Flyway's own lock makes concurrent starts of
 * several replicas safe.
 */
@ApplicationScoped
public class DatabaseStartup {
  public static final int PRIORITY = 10;

  private final Flyway flyway;
  private final boolean createIfMissing;
  private final String jdbcUrl;
  private final String username;
  private final String password;

  public DatabaseStartup(
      Flyway flyway,
      @ConfigProperty(name = "inventory.database.create-if-missing") boolean createIfMissing,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.flyway = flyway;
    this.createIfMissing = createIfMissing;
    this.jdbcUrl = jdbcUrl;
    this.username = username.orElse("");
    this.password = password.orElse("");
  }

  void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
    if (createIfMissing) {
      new DatabaseCreator(jdbcUrl, username, password).createIfMissing();
    }
    flyway.migrate();
  }
}
