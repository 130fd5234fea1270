package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import me.snaq.inventory.inventory.allocation.AllocationBatcher;
import me.snaq.inventory.inventory.allocation.AllocationCreation;
import me.snaq.inventory.inventory.allocation.AllocationView;
import me.snaq.inventory.inventory.domain.AllocationMode;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.shared.idempotency.Idempotency;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import me.snaq.inventory.shared.idempotency.IdempotentResult;
import me.snaq.inventory.shared.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Creating an allocation, the one call the API makes (DESIGN 4). Without an {@code Idempotency-Key}
 * the request joins those arriving at the same moment in one transaction ({@link
 * AllocationBatcher}; no thread waits for it). With one, the key's row and the allocation share a
 * transaction of their own, on a worker thread, so a repeat replays the first answer.
 */
@ApplicationScoped
public class AllocationService {
  private static final String OPERATION = "POST /v1/allocations";

  private final AllocationBatcher batcher;
  private final AllocationCreation creation;
  private final Idempotency idempotency;
  private final ManagedExecutor workers;
  private final Clock clock;
  private final Duration defaultHold;

  public AllocationService(
      AllocationBatcher batcher,
      AllocationCreation creation,
      Idempotency idempotency,
      ManagedExecutor workers,
      Clock clock,
      @ConfigProperty(name = "inventory.allocation.default-hold") Duration defaultHold) {
    this.batcher = batcher;
    this.creation = creation;
    this.idempotency = idempotency;
    this.workers = workers;
    this.clock = clock;
    this.defaultHold = defaultHold;
  }

  /**
   * Creates the allocation; the stage completes with {@code answer}'s outcome of it (stored with
   * the key, if there is one), or with its refusal. A HOLD with no time lapses after the default
   * hold. {@code body} is what the key's fingerprint is taken of.
   */
  public CompletionStage<IdempotentResult> create(
      Caller caller,
      String key,
      Object body,
      AllocationRequest request,
      Function<AllocationView, Outcome> answer) {
    AllocationRequest held = withDefaultHold(request);
    if (key == null) {
      return batcher
          .create(caller, held)
          .thenApply(created -> Idempotency.unkeyed(answer.apply(created)));
    }
    return workers.supplyAsync(
        () ->
            idempotency.run(
                caller.keyId(),
                key,
                OPERATION,
                body,
                () -> answer.apply(creation.create(caller, held))));
  }

  private AllocationRequest withDefaultHold(AllocationRequest request) {
    if (request.mode() != AllocationMode.HOLD || request.holdUntil() != null) {
      return request;
    }
    return request.holdingUntil(clock.instant().plus(defaultHold));
  }
}
