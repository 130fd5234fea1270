package me.snaq.inventory.inventory.allocation;

import static me.snaq.inventory.support.TestData.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import me.snaq.inventory.inventory.domain.AllocationMode;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.InsufficientStockForAllocationException;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.HeldTransaction;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** Allocations created together in one transaction (the batcher's path). */
@QuarkusTest
class AllocationBatchTest {
  private static final Caller STAFF = new Caller("batch-test", Role.STAFF, null);

  @Inject AllocationCreation allocations;
  @Inject AllocationBatcher batcher;
  @Inject DataSource dataSource;
  @Inject Jdbc jdbc;

  private static AllocationOrder order(
      String brand, String reference, String sku, int units, boolean partial) {
    return new AllocationOrder(
        STAFF,
        new AllocationRequest(
            brand,
            reference,
            null,
            today().plusDays(7),
            List.of(new AllocationRequest.Line(sku, units)),
            AllocationMode.FIRM,
            null,
            partial));
  }

  private List<AllocationOutcome> inOneTransaction(List<AllocationOrder> orders) {
    return QuarkusTransaction.requiringNew().call(() -> allocations.createAll(orders));
  }

  @Test
  void shouldLetEachOrderSeeWhatTheOnesBeforeItTook() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 10);

    List<AllocationOutcome> outcomes =
        inOneTransaction(
            List.of(
                order(brand, TestData.unique("box"), sku, 4, false),
                order(brand, TestData.unique("box"), sku, 4, false),
                order(brand, TestData.unique("box"), sku, 4, false),
                order(brand, TestData.unique("box"), sku, 4, true)));

    assertThat(outcomes.get(0).created().allocation().lines().get(0).allocated()).isEqualTo(4);
    assertThat(outcomes.get(1).created().allocation().lines().get(0).allocated()).isEqualTo(4);
    assertThat(outcomes.get(2).refused())
        .isInstanceOf(InsufficientStockForAllocationException.class);
    assertThat(outcomes.get(3).created().allocation().lines().get(0).allocated()).isEqualTo(2);
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(10));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldRefuseTheLaterOrderForAReferenceTheBatchHasMade() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 10);
    String reference = TestData.unique("box");

    List<AllocationOutcome> outcomes =
        inOneTransaction(
            List.of(
                order(brand, reference, sku, 20, false),
                order(brand, reference, sku, 3, false),
                order(brand, reference, sku, 3, false)));

    assertThat(outcomes.get(0).refused())
        .isInstanceOf(InsufficientStockForAllocationException.class);
    assertThat(outcomes.get(1).created()).isNotNull();
    assertThat(outcomes.get(2).refused()).isInstanceOf(ReferenceInUseException.class);
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(3));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }

  @Test
  void shouldCreateTheOthersWhenOneMeetsAnotherTransactionsReferenceAtTheIndex() throws Exception {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    long lot = TestData.receiveLot(sku, null, today().plusDays(100), 10);
    String contested = TestData.unique("box");
    List<AllocationOutcome> outcomes;
    // Another transaction writes the reference and commits only once the batch waits for the
    // product lock it holds: the batch has read the references by then (free), so it fails at the
    // unique index, as a whole, and falls back to one transaction per allocation.
    try (HeldTransaction other =
        HeldTransaction.start(
            jdbc,
            () -> allocations.create(STAFF, order(brand, contested, sku, 1, false).request()))) {
      CompletableFuture<Void> releaser =
          CompletableFuture.runAsync(
              () -> {
                other.awaitBlocking(dataSource);
                other.close();
              });
      outcomes =
          batcher.createAll(
              List.of(
                  order(brand, TestData.unique("box"), sku, 2, false),
                  order(brand, contested, sku, 2, false),
                  order(brand, TestData.unique("box"), sku, 2, false)));
      releaser.get(30, TimeUnit.SECONDS);
    }

    assertThat(outcomes.get(0).created()).isNotNull();
    assertThat(outcomes.get(1).refused()).isInstanceOf(ReferenceInUseException.class);
    assertThat(outcomes.get(2).created()).isNotNull();
    Api.staff().get("/v1/lots/{id}", lot).then().body("reserved", equalTo(5));
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }
}
