package me.snaq.inventory.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.snaq.inventory.support.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Jdbc#readBoth}: two reads sent in one round trip still run one after the other, the second
 * with a snapshot taken once the first finished.
 */
@QuarkusTest
class JdbcReadBothTest {
  private static final long LOCK_KEY = 7_700_001L;

  @Inject Jdbc jdbc;
  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void createTable() {
    QuarkusTransaction.requiringNew()
        .run(() -> jdbc.execute("CREATE TABLE IF NOT EXISTS jdbc_after_check (tag VARCHAR)"));
  }

  @AfterEach
  void dropTable() {
    QuarkusTransaction.requiringNew().run(() -> jdbc.execute("DROP TABLE jdbc_after_check"));
  }

  @Test
  void shouldReadWhatTheLocksPreviousHolderCommittedWhileTheSecondReadWaitedForIt()
      throws Exception {
    String tag = UUID.randomUUID().toString();
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> holder =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          jdbc.execute("SELECT pg_advisory_xact_lock(?)", LOCK_KEY);
                          jdbc.update("INSERT INTO jdbc_after_check VALUES (?)", tag);
                          locked.countDown();
                          Waits.await(commit);
                        }));
    Waits.await(locked);

    CompletableFuture<List<Long>> read =
        CompletableFuture.supplyAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            jdbc.readBoth(
                                    Jdbc.Read.list(
                                        "SELECT pg_advisory_xact_lock(?)",
                                        row -> row.getObject(1),
                                        LOCK_KEY),
                                    Jdbc.Read.list(
                                        "SELECT count(*) FROM jdbc_after_check WHERE tag = ?",
                                        row -> row.getLong(1),
                                        tag))
                                .second()));
    Waits.awaitLockWaiter(dataSource, "advisory");
    commit.countDown();
    holder.get(30, TimeUnit.SECONDS);

    assertThat(read.get(30, TimeUnit.SECONDS)).containsExactly(1L);
  }

  @Test
  void shouldNotRunTheSecondReadWhenTheFirstFails() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            jdbc.readBoth(
                                Jdbc.Read.list("SELECT 1 / ?", row -> row.getInt(1), 0),
                                Jdbc.Read.list(
                                    "INSERT INTO jdbc_after_check VALUES ('written') RETURNING tag",
                                    row -> row.getString(1)))))
        .hasStackTraceContaining("division by zero");

    List<Long> written =
        QuarkusTransaction.requiringNew()
            .call(() -> jdbc.list("SELECT count(*) FROM jdbc_after_check", row -> row.getLong(1)));
    assertThat(written).containsExactly(0L);
  }
}
