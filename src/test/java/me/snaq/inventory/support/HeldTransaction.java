package me.snaq.inventory.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * Another transaction, to stage a race: it does its work (taking locks, writing rows) on a thread
 * of its own and stays open until told to commit. Tests wait until the code under test is blocked
 * by it ({@link #awaitBlocking}), then let it commit. Closing it commits it if still open and
 * rethrows what failed in it.
 */
public final class HeldTransaction implements AutoCloseable {
  private static final long TIMEOUT_SECONDS = 30;

  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private final CountDownLatch begun = new CountDownLatch(1);
  private final CountDownLatch commit = new CountDownLatch(1);
  private final Future<?> done;
  private volatile int backendPid;
  private volatile Runnable beforeCommit = () -> {};

  private HeldTransaction(Jdbc jdbc, Runnable work) {
    done =
        thread.submit(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          try {
                            work.run();
                            backendPid =
                                jdbc.list("SELECT pg_backend_pid()", row -> row.getInt(1)).get(0);
                          } finally {
                            begun.countDown();
                          }
                          Waits.await(commit);
                          beforeCommit.run();
                        }));
  }

  /** Starts the transaction and returns once {@code work} has run in it. */
  public static HeldTransaction start(Jdbc jdbc, Runnable work) {
    HeldTransaction held = new HeldTransaction(jdbc, work);
    try {
      if (!held.begun.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("the held transaction did not begin its work in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (held.backendPid == 0) {
      held.close(); // its work failed: rethrow why
    }
    return held;
  }

  /**
   * Returns once another session waits for a lock this transaction holds (so the code under test is
   * exactly where the race needs it); fails the test if none does in time.
   */
  public void awaitBlocking(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement blocked =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))")) {
      blocked.setInt(1, backendPid);
      for (int i = 0; i < TIMEOUT_SECONDS * 100; i++) {
        try (ResultSet rows = blocked.executeQuery()) {
          rows.next();
          if (rows.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
      throw new AssertionError("nothing ever waited for the held transaction's locks");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code last} in the transaction, commits it and waits for the commit. */
  public void commitAfter(Runnable last) {
    beforeCommit = last;
    close();
  }

  /** Commits (if still open) and waits; rethrows what failed in the transaction. */
  @Override
  public void close() {
    commit.countDown();
    try {
      done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new AssertionError("the held transaction failed", e);
    } finally {
      thread.shutdownNow();
    }
  }
}
