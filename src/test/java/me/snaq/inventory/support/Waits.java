package me.snaq.inventory.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** Waiting in tests that stage one transaction against another. */
public final class Waits {
  private Waits() {}

  /** Waits for the latch; fails the test if it is not counted down within 30 seconds. */
  public static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other side");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns once a session of this test database waits for a lock another holds, of this kind
   * ({@code pg_stat_activity.wait_event}): {@code advisory} (a product lock, say) or {@code
   * transactionid} (a row another transaction changed or locked); fails the test if none does
   * within 30 seconds.
   */
  public static void awaitLockWaiter(DataSource dataSource, String waitEvent) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement waiters =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND wait_event = ?")) {
      waiters.setString(1, waitEvent);
      for (int i = 0; i < 3000; i++) {
        try (ResultSet waiting = waiters.executeQuery()) {
          waiting.next();
          if (waiting.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
      throw new AssertionError("no session ever waited for a lock: " + waitEvent);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
