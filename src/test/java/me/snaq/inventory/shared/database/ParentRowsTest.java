package me.snaq.inventory.shared.database;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import me.snaq.inventory.support.TestData;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * The database keeps an allocation's lines and picks, and a run's boxes, tied to rows that exist
 * (checked once per statement, V025) and keeps those rows: no line, pick or box without its
 * allocation, lot or run, whatever code writes them (INSERT or COPY, as a COMMIT does). Every
 * statement here runs in a transaction that is rolled back, so a guard that broke changes nothing.
 */
@QuarkusTest
class ParentRowsTest {
  private static final long NO_SUCH_ID = 9_000_000_000_000L;

  @Inject EntityManager entityManager;
  @Inject Jdbc jdbc;

  @Test
  void shouldRefuseLinesAndPicksWhoseAllocationOrLotDoesNotExist() {
    long allocation = allocationWithOneUnit();
    long lot = pickedLot(allocation);

    refused(
            "INSERT INTO inventory_allocation_line VALUES (%d, 'x', 1, 1), (%d, 'y', 1, 1)"
                .formatted(allocation, NO_SUCH_ID))
        .hasStackTraceContaining("names an allocation that does not exist");
    refused(pick(NO_SUCH_ID, lot))
        .hasStackTraceContaining("names an allocation that does not exist");
    refused(pick(allocation, NO_SUCH_ID))
        .hasStackTraceContaining("names a lot that does not exist");
    assertThat(count("inventory_allocation_line WHERE allocation_id = " + allocation)).isEqualTo(1);
  }

  @Test
  void shouldCheckRowsStreamedWithCopyAsAnInsert() {
    long allocation = allocationWithOneUnit();
    long lot = pickedLot(allocation);
    String copy =
        """
        COPY inventory_allocation_pick (allocation_id, sku, lot_id, lot_code, best_before, owner,
        quantity) FROM STDIN
        """;
    LocalDate bestBefore = today().plusDays(60);
    assertThatThrownBy(
            () ->
                rolledBack(
                    () ->
                        jdbc.copyIn(
                            copy,
                            rows -> rows.row(NO_SUCH_ID, "y", lot, "L", bestBefore, "house", 1))))
        .hasStackTraceContaining("names an allocation that does not exist");
    assertThat(count("inventory_allocation_pick WHERE allocation_id = " + allocation)).isEqualTo(1);
  }

  @Test
  void shouldNeverDeleteRenumberOrMoveAllocationsLotsRunsOrWhatNamesThem() {
    long allocation = allocationWithOneUnit();
    long lot = pickedLot(allocation);
    long run = runWithABox();

    refused("DELETE FROM inventory_allocation WHERE id = " + allocation)
        .hasStackTraceContaining("refused");
    refused("DELETE FROM inventory_lot WHERE id = " + lot).hasStackTraceContaining("refused");
    refused("DELETE FROM assignment_run WHERE id = " + run).hasStackTraceContaining("refused");
    refused("UPDATE inventory_allocation SET id = id + 1 WHERE id = " + allocation)
        .hasStackTraceContaining("refused");
    refused("UPDATE inventory_lot SET id = id + 1 WHERE id = " + lot)
        .hasStackTraceContaining("refused");
    refused("UPDATE assignment_run SET id = id + 1 WHERE id = " + run)
        .hasStackTraceContaining("refused");
    refused(
            "UPDATE inventory_allocation_pick SET lot_id = %d WHERE allocation_id = %d"
                .formatted(NO_SUCH_ID, allocation))
        .hasStackTraceContaining("refused");
    refused(
            "UPDATE inventory_allocation_line SET allocation_id = %d WHERE allocation_id = %d"
                .formatted(NO_SUCH_ID, allocation))
        .hasStackTraceContaining("refused");
    refused("UPDATE assignment_box SET run_id = %d WHERE run_id = %d".formatted(NO_SUCH_ID, run))
        .hasStackTraceContaining("refused");
    for (String table : new String[] {"inventory_allocation", "inventory_lot", "assignment_run"}) {
      refused("TRUNCATE " + table + " CASCADE").hasStackTraceContaining("refused");
    }
    assertThat(count("inventory_allocation_pick WHERE allocation_id = " + allocation)).isEqualTo(1);
    assertThat(count("assignment_box WHERE run_id = " + run)).isEqualTo(1);
  }

  @Test
  void shouldRefuseBoxesOfARunThatDoesNotExist() {
    long run = runWithABox();
    refused(
            """
            INSERT INTO assignment_box (run_id, subscriber_id, brand_code, short, score, bound,
            items) VALUES (%d, 's2', 'b', false, 0, 0, '[]'), (%d, 's3', 'b', false, 0, 0, '[]')
            """
                .formatted(run, NO_SUCH_ID))
        .hasStackTraceContaining("names a run that does not exist");
    assertThat(count("assignment_box WHERE run_id = " + run)).isEqualTo(1);
  }

  private long allocationWithOneUnit() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(60), 3);
    return TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
  }

  /** A cancelled run with one box, written directly: what the guards on runs and boxes protect. */
  private long runWithABox() {
    long run =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            entityManager
                                .createNativeQuery(
                                    """
                                    INSERT INTO assignment_run (delivery_date, brands, mode,
                                    status, seed, requested_by, created_at) VALUES (current_date,
                                    '{}', 'PLAN', 'CANCELLED', 1, 'test', now()) RETURNING id
                                    """)
                                .getSingleResult())
                        .longValue());
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(box(run, "s1")).executeUpdate());
    return run;
  }

  private static String box(long run, String subscriber) {
    return """
        INSERT INTO assignment_box (run_id, subscriber_id, brand_code, short, score, bound, items)
        VALUES (%d, '%s', 'b', false, 0, 0, '[]')"""
        .formatted(run, subscriber);
  }

  private long pickedLot(long allocation) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "SELECT lot_id FROM inventory_allocation_pick WHERE allocation_id = "
                        + allocation)
                .getSingleResult())
        .longValue();
  }

  private static String pick(long allocation, long lot) {
    return """
        INSERT INTO inventory_allocation_pick VALUES (%d, 'x', %d, 'L', '2030-01-01', 'house', 1)
        """
        .formatted(allocation, lot);
  }

  private long count(String from) {
    return ((Number)
            entityManager.createNativeQuery("SELECT count(*) FROM " + from).getSingleResult())
        .longValue();
  }

  /** Runs the statement in a transaction that never commits; asserts on what it threw. */
  private AbstractThrowableAssert<?, ? extends Throwable> refused(String statement) {
    return assertThatThrownBy(
        () -> rolledBack(() -> entityManager.createNativeQuery(statement).executeUpdate()));
  }

  /** Runs the work in a transaction that rolls back even when the work is accepted. */
  private static void rolledBack(Runnable work) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              work.run();
              throw new IllegalStateException("the database accepted it (rolled back)");
            });
  }
}
