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
 * {@link Jdbc#readAll}: reads sent in one round trip still run one after the other, each with a
 * snapshot taken once the one before it finished, and each result is found by its read.
 */
@QuarkusTest
class JdbcReadAllTest {
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
              jdbc.execute("CREATE TABLE jdbc_read_all (tag VARCHAR)");
              jdbc.execute("CREATE SEQUENCE jdbc_read_all_seq");
            });
  }

  @AfterEach
  void dropScratch() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              jdbc.execute("DROP TABLE IF EXISTS jdbc_read_all");
              jdbc.execute("DROP SEQUENCE IF EXISTS jdbc_read_all_seq");
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
              jdbc.update("INSERT INTO jdbc_read_all VALUES (?)", tag);
            })) {
      read =
          CompletableFuture.supplyAsync(
              () ->
                  QuarkusTransaction.requiringNew()
                      .call(
                          () ->
                              second(
                                  Jdbc.Read.list(LOCK, row -> row.getObject(1)),
                                  Jdbc.Read.list(
                                      "SELECT count(*) FROM jdbc_read_all WHERE tag = ?",
                                      row -> row.getLong(1),
                                      tag))));
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
                            second(
                                Jdbc.Read.list("SELECT 1 / ?", row -> row.getInt(1), 0),
                                Jdbc.Read.list(
                                    "SELECT nextval('jdbc_read_all_seq')", row -> row.getLong(1)))))
        .hasStackTraceContaining("division by zero");

    // A sequence is not rolled back: had the second read run, it would have been called.
    List<Boolean> called =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    jdbc.list("SELECT is_called FROM jdbc_read_all_seq", row -> row.getBoolean(1)));
    assertThat(called).containsExactly(false);
  }

  @Test
  void shouldRefuseAReadOfMoreThanOneStatement() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            second(
                                Jdbc.Read.list("SELECT 1", row -> row.getInt(1)),
                                Jdbc.Read.list("SELECT 2; SELECT 3", row -> row.getInt(1)))))
        .hasStackTraceContaining("must be one statement");
  }

  @Test
  void shouldGiveEachReadItsOwnResultWithItsOwnParameters() {
    Jdbc.Read<List<Integer>> first = Jdbc.Read.list("SELECT ? + 1", row -> row.getInt(1), 1);
    Jdbc.Read<List<String>> second =
        Jdbc.Read.list("SELECT upper(?)", row -> row.getString(1), "two");
    Jdbc.Read<List<Integer>> third =
        Jdbc.Read.list(
            "SELECT n FROM generate_series(1, ?) n WHERE n > ?", row -> row.getInt(1), 4, 2);

    Jdbc.Results results =
        QuarkusTransaction.requiringNew().call(() -> jdbc.readAll(List.of(first, second, third)));

    assertThat(results.of(first)).containsExactly(2);
    assertThat(results.of(second)).containsExactly("TWO");
    assertThat(results.of(third)).containsExactly(3, 4);
  }

  /** Sends both reads together; the second's result. */
  private <T> T second(Jdbc.Read<?> first, Jdbc.Read<T> second) {
    return jdbc.readAll(List.of(first, second)).of(second);
  }
}
