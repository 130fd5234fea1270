package me.snaq.inventory.shared.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Tells a database outage (the server down, restarting, unreachable, out of connections) from any
 * other failure, and keeps the log to one WARN when an outage starts and one INFO when it ends:
 * requests meanwhile answer 503 with Retry-After, and jobs skip their runs quietly. While an outage
 * is known, a probe tries a connection every second.
 */
@ApplicationScoped
public class DatabaseOutage {
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

  /** SQL states of a server that is not there: connection exceptions, shutdowns, no slot left. */
  private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

  private final AgroalDataSource dataSource;
  private final AtomicReference<Instant> since = new AtomicReference<>();

  public DatabaseOutage(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** True when the failure is the database being unavailable, not a fault of the request. */
  public static boolean isOutage(Throwable failure) {
    return isOutage(failure, 0);
  }

  /** Along the causes and the suppressed (a failed commit carries its cause as suppressed). */
  private static boolean isOutage(Throwable failure, int depth) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && isUnavailable(sql)) {
        return true;
      }
      if (t instanceof java.net.ConnectException
          || t instanceof java.io.EOFException
          || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (depth < 3 && isOutage(suppressed, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUnavailable(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null) {
      return state.startsWith("08") || UNAVAILABLE.contains(state);
    }
    // the pool's own refusals carry no state: no connection within the acquisition timeout
    String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return message.contains("acquisition timeout") || message.contains("unable to acquire");
  }

  /** Records an outage; the first report of one is logged. */
  public void report(Throwable failure) {
    if (since.compareAndSet(null, Instant.now())) {
      LOG.warnf(
          "The database is unavailable (%s); answering 503 until it is back", rootMessage(failure));
    }
  }

  public boolean isDown() {
    return since.get() != null;
  }

  /**
   * Runs a job; an outage is recorded instead of logged with its stack, any other failure is
   * rethrown.
   */
  public void quietly(Runnable job) {
    if (isDown()) {
      return;
    }
    try {
      job.run();
    } catch (RuntimeException e) {
      if (!isOutage(e)) {
        throw e;
      }
      report(e);
    }
  }

  @Scheduled(
      every = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void probe(ScheduledExecution execution) {
    Instant start = since.get();
    if (start == null) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(1) && since.compareAndSet(start, null)) {
        LOG.infof(
            "The database is reachable again after %d s",
            Duration.between(start, Instant.now()).toSeconds());
      }
    } catch (SQLException | RuntimeException stillDown) {
      // the next probe tries again
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
