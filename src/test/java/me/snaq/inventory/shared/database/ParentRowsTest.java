package me.snaq.inventory.shared.database;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The database keeps an allocation's lines and picks, and a run's boxes, tied to rows that exist
 * (checked once per statement, V025) and keeps those rows: no line, pick or box without its
 * allocation, lot or run, whatever code writes them.
 */
@QuarkusTest
class ParentRowsTest {
  private static final long NO_SUCH_ID = 9_000_000_000_000L;

  @Inject EntityManager entityManager;

  @Test
  void shouldRefuseLinesAndPicksWhoseAllocationOrLotDoesNotExist() {
    long allocation = allocationWithOneUnit();
    long lot = pickedLot(allocation);

    assertThatThrownBy(
            () ->
                sql(
                    "INSERT INTO inventory_allocation_line VALUES (%d, 'x', 1, 1), (%d, 'y', 1, 1)"
                        .formatted(allocation, NO_SUCH_ID)))
        .hasStackTraceContaining("names an allocation that does not exist");
    assertThatThrownBy(() -> sql(pick(NO_SUCH_ID, lot)))
        .hasStackTraceContaining("names an allocation that does not exist");
    assertThatThrownBy(() -> sql(pick(allocation, NO_SUCH_ID)))
        .hasStackTraceContaining("names a lot that does not exist");
    assertThat(count("inventory_allocation_line WHERE allocation_id = " + allocation)).isEqualTo(1);
  }

  @Test
  void shouldNeverDeleteOrRenumberAllocationsLotsOrTheirPicks() {
    long allocation = allocationWithOneUnit();
    long lot = pickedLot(allocation);

    assertThatThrownBy(() -> sql("DELETE FROM inventory_allocation WHERE id = " + allocation))
        .hasStackTraceContaining("refused");
    assertThatThrownBy(() -> sql("DELETE FROM inventory_lot WHERE id = " + lot))
        .hasStackTraceContaining("refused");
    assertThatThrownBy(
            () -> sql("UPDATE inventory_allocation SET id = id + 1 WHERE id = " + allocation))
        .hasStackTraceContaining("refused");
    assertThatThrownBy(
            () ->
                sql(
                    "UPDATE inventory_allocation_pick SET lot_id = %d WHERE allocation_id = %d"
                        .formatted(NO_SUCH_ID, allocation)))
        .hasStackTraceContaining("refused");
    assertThatThrownBy(() -> sql("TRUNCATE inventory_allocation CASCADE"))
        .hasStackTraceContaining("refused");
    assertThat(count("inventory_allocation_pick WHERE allocation_id = " + allocation)).isEqualTo(1);
  }

  @Test
  void shouldRefuseBoxesOfARunThatDoesNotExistAndKeepRuns() {
    assertThatThrownBy(
            () ->
                sql(
                    """
                    INSERT INTO assignment_box (run_id, subscriber_id, brand_code, short, score,
                    bound, items) VALUES (%d, 's', 'b', false, 0, 0, '[]')
                    """
                        .formatted(NO_SUCH_ID)))
        .hasStackTraceContaining("names a run that does not exist");
    sql(
        """
        INSERT INTO assignment_run (delivery_date, brands, mode, status, seed, requested_by,
        created_at) VALUES (current_date, '{}', 'PLAN', 'CANCELLED', 1, 'test', now())
        """);
    assertThatThrownBy(() -> sql("DELETE FROM assignment_run WHERE requested_by = 'test'"))
        .hasStackTraceContaining("refused");
  }

  private long allocationWithOneUnit() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    TestData.receiveLot(sku, null, today().plusDays(60), 3);
    return TestData.createAllocation(TestData.allocation(brand, "FIRM", Map.of(sku, 1)));
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

  private void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(statement).executeUpdate());
  }
}
