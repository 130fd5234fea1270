package me.snaq.inventory.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunMode;
import me.snaq.inventory.assignment.domain.RunNotCommittedException;
import me.snaq.inventory.assignment.domain.RunNotFoundException;
import me.snaq.inventory.assignment.domain.RunStatus;
import me.snaq.inventory.assignment.persistence.RunQueries;
import me.snaq.inventory.inventory.CommittedRuns;
import me.snaq.inventory.inventory.PickLine;
import me.snaq.inventory.inventory.PickScope;
import me.snaq.inventory.inventory.PickSummary;
import me.snaq.inventory.inventory.PickingService;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * The pick list of a committed run, or of every committed run for a delivery date: which runs count
 * is decided here, what to pull by the inventory module.
 */
@ApplicationScoped
public class RunPickingService implements CommittedRuns {
  private final RunQueries runs;
  private final PickingService picking;

  public RunPickingService(RunQueries runs, PickingService picking) {
    this.runs = runs;
    this.picking = picking;
  }

  /**
   * The run if it holds stock: 404 when unknown (or, for a partner, serving another brand), 409 for
   * a PLAN run or one not succeeded.
   */
  @Transactional
  public long committed(Caller caller, long runId) {
    Run run =
        runs.find(runId)
            .filter(found -> found.visibleTo(caller.brandScope().orElse(null)))
            .orElseThrow(() -> new RunNotFoundException(runId));
    if (run.mode() != RunMode.COMMIT || run.status() != RunStatus.SUCCEEDED) {
      throw new RunNotCommittedException(run);
    }
    return run.id();
  }

  @Override
  @Transactional
  public void requireCommitted(long runId) {
    committed(Caller.system(), runId);
  }

  /** The succeeded COMMIT runs for a delivery date (none is an empty list, not an error). */
  @Transactional
  public List<Long> committedOn(LocalDate deliveryDate) {
    return runs.commitsOn(deliveryDate);
  }

  /** What of these runs the caller picks for: a partner its own brand's boxes, staff every box. */
  public static PickScope scope(Caller caller, List<Long> runIds) {
    return new PickScope(runIds, caller.brandScope().orElse(null));
  }

  public Page<PickLine> pickList(PickScope scope, String location, PageRequest page) {
    return scope.empty() ? new Page<>(List.of(), null) : picking.pickList(scope, location, page);
  }

  public void eachPickLine(PickScope scope, String location, Consumer<PickLine> consumer) {
    if (!scope.empty()) {
      picking.eachPickLine(scope, location, consumer);
    }
  }

  public PickSummary summary(PickScope scope) {
    return scope.empty() ? new PickSummary(List.of(), List.of(), 0) : picking.summary(scope);
  }
}
