package me.snaq.inventory.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Against the machine's PostgreSQL: a missing database is created, an existing one is kept. */
class DatabaseCreatorTest {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  @Test
  void shouldCreateAMissingDatabaseAndLeaveItOnASecondCall() throws SQLException {
    String name = "snaq_creator_" + Math.abs(ThreadLocalRandom.current().nextInt());
    DatabaseCreator creator =
        new DatabaseCreator(SERVER + name + "?ApplicationName=test", "postgres", "");
    try {
      creator.createIfMissing();
      creator.createIfMissing();
      assertThat(exists(name)).isTrue();
    } finally {
      execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  @Test
  void shouldRefuseAUrlThatNamesNoDatabase() {
    DatabaseCreator creator = new DatabaseCreator("jdbc:h2:mem:nothing", "postgres", "");
    assertThatThrownBy(creator::createIfMissing).isInstanceOf(IllegalStateException.class);
  }

  private static boolean exists(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      return rows.next();
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
