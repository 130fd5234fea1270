package me.snaq.inventory.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503) and which are not (a fault to report). */
class DatabaseOutageTest {
  @Test
  void shouldTellTheServerBeingAwayFromOtherFailures() {
    assertThat(DatabaseOutage.isOutage(new SQLException("refused", "08001"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("terminating", "57P01"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("starting up", "57P03"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("too many clients", "53300"))).isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("Acquisition timeout while waiting")))
        .isTrue();
    assertThat(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void shouldFindTheOutageBehindWrappersAndAFailedCommitsSuppressedCause() {
    RuntimeException wrapped =
        new RuntimeException("wrapper", new IllegalStateException(new SQLException("x", "08006")));
    assertThat(DatabaseOutage.isOutage(wrapped)).isTrue();
    Exception rollback = new Exception("could not commit");
    rollback.addSuppressed(new Exception("xa", new SQLException("terminating", "57P01")));
    assertThat(DatabaseOutage.isOutage(new RuntimeException(rollback))).isTrue();
  }
}
