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
import java.util.concurrent.TimeUnit;
import me.snaq.inventory.support.HeldTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Jdbc#readBoth}: two reads sent in one round trip still run one after the other, the second
 * with a snapshot taken once the first finished.
 */
@QuarkusTest
class JdbcReadBothTest {
  /** A two-key advisory lock: apart from the product locks, which take one key. */
  private static final String LOCK = "SELECT pg_advisory_xact_lock(77, 1)";

  @Inject Jdbc jdbc;
  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void createScratch() {
    dropScratch();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              jdbc.execute("CREATE TABLE jdbc_read_both (tag VARCHAR)");
              jdbc.execute("CREATE SEQUENCE jdbc_read_both_seq");
            });
  }

  @AfterEach
  void dropScratch() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              jdbc.execute("DROP TABLE IF EXISTS jdbc_read_both");
              jdbc.execute("DROP SEQUENCE IF EXISTS jdbc_read_both_seq");
            });
  }

  @Test
  void shouldReadWhatTheLocksPreviousHolderCommittedWhileTheSecondReadWaitedForIt()
      throws Exception {
    String tag = UUID.randomUUID().toString();
    CompletableFuture<List<Long>> read;
    try (HeldTransaction holder =
        HeldTransaction.start(
            jdbc,
            () -> {
              jdbc.execute(LOCK);
              jdbc.update("INSERT INTO jdbc_read_both VALUES (?)", tag);
            })) {
      read =
          CompletableFuture.supplyAsync(
              () ->
                  QuarkusTransaction.requiringNew()
                      .call(
                          () ->
                              jdbc.readBoth(
                                      Jdbc.Read.list(LOCK, row -> row.getObject(1)),
                                      Jdbc.Read.list(
                                          "SELECT count(*) FROM jdbc_read_both WHERE tag = ?",
                                          row -> row.getLong(1),
                                          tag))
                                  .second()));
      holder.awaitBlocking(dataSource);
    }

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
                                    "SELECT nextval('jdbc_read_both_seq')",
                                    row -> row.getLong(1)))))
        .hasStackTraceContaining("division by zero");

    // A sequence is not rolled back: had the second read run, it would have been called.
    List<Boolean> called =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    jdbc.list(
                        "SELECT is_called FROM jdbc_read_both_seq", row -> row.getBoolean(1)));
    assertThat(called).containsExactly(false);
  }

  @Test
  void shouldRefuseAReadOfMoreThanOneStatement() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            jdbc.readBoth(
                                Jdbc.Read.list("SELECT 1", row -> row.getInt(1)),
                                Jdbc.Read.list("SELECT 2; SELECT 3", row -> row.getInt(1)))))
        .hasStackTraceContaining("must be one statement");
  }
}
