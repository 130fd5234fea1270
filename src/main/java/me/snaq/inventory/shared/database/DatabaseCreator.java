package me.snaq.inventory.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Creates the PostgreSQL database named in a JDBC URL when it does not exist, by connecting to the
 * server's {@code postgres} maintenance database with the same credentials.
 */
final class DatabaseCreator {
  private static final Logger LOG = Logger.getLogger(DatabaseCreator.class);
  private static final String DUPLICATE_DATABASE = "42P04";

  private final String jdbcUrl;
  private final String username;
  private final String password;

  DatabaseCreator(String jdbcUrl, String username, String password) {
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
  }

  void createIfMissing() {
    PostgresAddress address =
        PostgresAddress.parse(jdbcUrl)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "inventory.database.create-if-missing needs a"
                            + " jdbc:postgresql://host/database URL"));
    String database = address.database();
    String maintenanceUrl = address.urlOf("postgres");
    Properties credentials = new Properties();
    if (!username.isBlank()) {
      credentials.setProperty("user", username);
      credentials.setProperty("password", password);
    }
    try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
      if (!exists(connection, database)) {
        try (Statement create = connection.createStatement()) {
          create.execute("CREATE DATABASE \"" + database + "\"");
          LOG.infof("Created database %s", database);
        }
      }
    } catch (SQLException e) {
      if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
        throw new IllegalStateException("Could not create database " + database, e);
      }
    }
  }

  private static boolean exists(Connection connection, String database) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
