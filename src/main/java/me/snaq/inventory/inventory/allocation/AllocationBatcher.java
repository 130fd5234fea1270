package me.snaq.inventory.inventory.allocation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.shared.concurrent.Batcher;
import me.snaq.inventory.shared.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates concurrent allocations in shared transactions (group commit): the allocations that arrive
 * while a batch runs are created together in the next, in arrival order, each seeing the stock the
 * ones before it took; a fixed number of statements per batch instead of a dozen per allocation. A
 * refusal answers only its own request.
 *
 * <p>If a batch's transaction fails as a whole (requests of two replicas for one reference met at
 * the unique index, say), each of its allocations is created again alone, in a transaction of its
 * own, so one request never fails another.
 */
@ApplicationScoped
public class AllocationBatcher {
  private static final Logger LOG = Logger.getLogger(AllocationBatcher.class);

  private final AllocationCreation allocations;
  private final Batcher<AllocationOrder, AllocationOutcome> batcher;

  public AllocationBatcher(
      AllocationCreation allocations,
      @ConfigProperty(name = "inventory.allocation.batch.max-size") int maxSize,
      @ConfigProperty(name = "inventory.allocation.batch.threads") int threads) {
    this.allocations = allocations;
    this.batcher = new Batcher<>("allocation-batch", threads, maxSize, this::createAll);
  }

  @PreDestroy
  void stop() throws InterruptedException {
    batcher.stop();
  }

  /**
   * Creates the allocation with those arriving at the same moment, without holding the caller's
   * thread: the stage completes with the allocation or its refusal.
   */
  public CompletionStage<AllocationView> create(Caller caller, AllocationRequest request) {
    return batcher
        .submitAsync(new AllocationOrder(caller, request))
        .thenApply(AllocationOutcome::orThrow);
  }

  /** Creates the orders together or, if that transaction fails as a whole, each alone. */
  List<AllocationOutcome> createAll(List<AllocationOrder> orders) {
    if (orders.size() == 1) {
      return List.of(alone(orders.get(0)));
    }
    try {
      return together(orders);
    } catch (RuntimeException failed) {
      LOG.debugf(failed, "a batch of %d allocations failed; creating each alone", orders.size());
      return orders.stream().map(this::alone).toList();
    }
  }

  private AllocationOutcome alone(AllocationOrder order) {
    try {
      return together(List.of(order)).get(0);
    } catch (RuntimeException failed) {
      return AllocationOutcome.refusedFor(failed);
    }
  }

  private List<AllocationOutcome> together(List<AllocationOrder> orders) {
    return QuarkusTransaction.requiringNew().call(() -> allocations.createAll(orders));
  }
}
