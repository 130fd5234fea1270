package me.snaq.inventory.support;

import java.nio.file.Path;
import me.snaq.inventory.shared.database.EmbeddedPostgres;
import me.snaq.inventory.shared.database.PostgresAddress;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test of this JVM runs: on a machine where nothing answers at the test profile's
 * database address, a fresh embedded PostgreSQL is started there for the whole session, so the
 * tests, the application they start and the packaged replicas they launch all find it unchanged.
 * Where the machine's own server answers, nothing happens.
 */
public class BareMachineDatabase implements LauncherSessionListener {
  static final PostgresAddress TEST_SERVER =
      PostgresAddress.parse("jdbc:postgresql://127.0.0.1:5432/snaq_inventory_test").orElseThrow();

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    EmbeddedPostgres.startUnlessAnswering(
        TEST_SERVER, Path.of("target", "embedded-postgres", "session"), false);
  }
}
