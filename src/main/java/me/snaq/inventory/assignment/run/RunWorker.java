package me.snaq.inventory.assignment.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import me.snaq.inventory.assignment.RunQueued;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.assignment.domain.RunDemand;
import me.snaq.inventory.assignment.domain.RunMode;
import me.snaq.inventory.assignment.engine.RunContext;
import me.snaq.inventory.assignment.engine.Snapshot;
import me.snaq.inventory.assignment.persistence.BoxQueries;
import me.snaq.inventory.assignment.persistence.RunQueries;
import me.snaq.inventory.inventory.RunReservationService;
import me.snaq.inventory.inventory.StockChangedException;
import me.snaq.inventory.shared.concurrent.DaemonThreads;
import me.snaq.inventory.shared.concurrent.Drainer;
import me.snaq.inventory.shared.concurrent.PollEvery;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Executes queued runs, one at a time per replica. A run is claimed through the database (so
 * exactly one replica takes it) with a lease this worker renews while it computes; a replica that
 * dies stops renewing, and once the lease lapses another replica claims the run and computes it
 * again from the start. Results are written in one transaction, and only while the lease is still
 * this worker's, so a run is never half-written nor written twice. A replica that is stopping hands
 * its run back to the queue at once (the attempt does not count), and a database outage is recorded
 * once, not logged per poll.
 */
@ApplicationScoped
public class RunWorker {
  private static final Logger LOG = Logger.getLogger(RunWorker.class);
  private static final int STOCK_CHANGE_RETRIES = 1;

  private final RunQueries runs;
  private final BoxQueries boxes;
  private final SnapshotLoader loader;
  private final AssignmentPlanner planner;
  private final RunResults results;
  private final RunReservationService reservations;
  private final RunEvents events;
  private final DatabaseOutage outage;
  private final Duration lease;
  private final int maxAttempts;
  private final boolean enabled;
  private final String name = "worker-" + UUID.randomUUID();
  private volatile Run current;
  private final Drainer drainer;
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("assignment-run-lease"));

  public RunWorker(
      RunQueries runs,
      BoxQueries boxes,
      SnapshotLoader loader,
      AssignmentPlanner planner,
      RunReservationService reservations,
      RunEvents events,
      DatabaseOutage outage,
      ObjectMapper json,
      @ConfigProperty(name = "assignment.worker.lease") Duration lease,
      @ConfigProperty(name = "assignment.worker.max-attempts") int maxAttempts,
      @ConfigProperty(name = "assignment.worker.every") String every) {
    this.runs = runs;
    this.boxes = boxes;
    this.loader = loader;
    this.planner = planner;
    this.results = new RunResults(json);
    this.reservations = reservations;
    this.events = events;
    this.outage = outage;
    this.lease = lease;
    this.maxAttempts = maxAttempts;
    this.enabled = PollEvery.of(every).on();
    // one thread: this replica executes one run at a time, oldest first
    this.drainer =
        new Drainer(
            "assignment-run-worker",
            outage,
            () -> {
              while (runNext()) {
                // the next run
              }
            });
  }

  /** The poll: every replica looks at the queue this often, whether or not it was woken. */
  @Scheduled(
      identity = "assignment-run-worker",
      every = "${assignment.worker.every}",
      delayed = "${assignment.worker.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void poll() {
    if (!outage.isDown()) {
      drainer.wake();
    }
  }

  /**
   * A run was queued on this replica: look at the queue now instead of at the next poll (other
   * replicas still find it by polling). Nothing happens when the worker is off.
   */
  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunQueued queued) {
    if (enabled) {
      drainer.wake();
    }
  }

  /** Claims and executes the oldest waiting run; false when none waits or this replica stops. */
  public boolean runNext() {
    if (drainer.stopping()) {
      return false;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                runs.failAbandoned(maxAttempts)
                    .forEach(
                        id -> runs.find(id).ifPresent(run -> events.failed(run, run.error()))));
    Optional<Run> claimed = QuarkusTransaction.requiringNew().call(() -> runs.claim(name, lease));
    claimed.ifPresent(this::execute);
    return claimed.isPresent();
  }

  private void execute(Run run) {
    current = run;
    LOG.infof("assignment run %d claimed by %s (attempt %d)", run.id(), name, run.attempts());
    RunResults.PhaseTimer timer = new RunResults.PhaseTimer(phase -> startPhase(run, phase));
    ScheduledFuture<?> renewal =
        heartbeat.scheduleAtFixedRate(
            () -> renew(run.id(), timer.current()),
            lease.toMillis() / 3,
            lease.toMillis() / 3,
            TimeUnit.MILLISECONDS);
    try {
      solveAndSave(run, timer, STOCK_CHANGE_RETRIES);
    } catch (StockChangedException e) {
      LOG.warnf("assignment run %d: %s", run.id(), e.getMessage());
      fail(
          run,
          "stock changed while the run computed, again after a fresh solve; nothing was"
              + " allocated: run it again");
    } catch (RuntimeException e) {
      if (drainer.stopping()) {
        LOG.infof("assignment run %d stopped with this replica; it was handed back", run.id());
      } else if (DatabaseOutage.isOutage(e)) {
        // nothing can be written now; the lease lapses and the run is claimed again
        outage.report(e);
      } else {
        LOG.errorf(e, "assignment run %d failed", run.id());
        fail(run, "the run failed; the service log has the cause");
      }
    } finally {
      renewal.cancel(false);
      current = null;
    }
  }

  private void fail(Run run, String error) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (runs.fail(run.id(), name, error)) {
                events.failed(run, error);
              }
            });
  }

  /** Progress shows the phase as soon as it starts, not at the next lease renewal. */
  private void startPhase(Run run, String phase) {
    outage.quietly(
        () -> QuarkusTransaction.requiringNew().run(() -> runs.phase(run.id(), name, phase)));
  }

  /**
   * This replica is stopping: the run it executes goes back to the queue now, claimable by another
   * replica at once; the computation here is then dropped (its results could no longer be written,
   * the lease being gone). Fired first when the shutdown delay starts, and again at shutdown.
   */
  void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
    handBack();
  }

  void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
    handBack();
  }

  private void handBack() {
    drainer.stop();
    Run run = current;
    if (run == null) {
      return;
    }
    try {
      boolean handed = QuarkusTransaction.requiringNew().call(() -> runs.handBack(run.id(), name));
      if (handed) {
        LOG.infof("assignment run %d handed back: this replica is stopping", run.id());
      }
    } catch (RuntimeException e) {
      LOG.warnf("assignment run %d could not be handed back (%s); its lease lapses", run.id(), e);
    }
  }

  /**
   * Loads, solves and saves; when stock changed between the snapshot and a COMMIT's write (nothing
   * was written), solves again from a fresh snapshot, up to {@code retries} times.
   */
  private void solveAndSave(Run run, RunResults.PhaseTimer timer, int retries) {
    Snapshot snapshot = loader.load(run.deliveryDate(), run.brands(), run.seed());
    timer.finished("LOAD");
    AssignmentPlanner.Plan plan = planner.solve(snapshot, timer);
    try {
      QuarkusTransaction.requiringNew().run(() -> save(run, plan, timer));
    } catch (StockChangedException e) {
      if (retries == 0) {
        throw e;
      }
      LOG.infof("assignment run %d: %s; solving again", run.id(), e.getMessage());
      solveAndSave(run, timer, retries - 1);
    }
  }

  private void save(Run run, AssignmentPlanner.Plan plan, RunResults.PhaseTimer timer) {
    if (!runs.lockIfHeld(run.id(), name)) {
      LOG.infof("assignment run %d was cancelled or taken over; its results are dropped", run.id());
      return;
    }
    List<RunBox> made = results.boxes(plan.assignment());
    List<RunDemand> demand = results.demand(plan);
    boxes.replace(run.id(), made, demand, RunContext.of(plan.snapshot(), plan.assignment()));
    if (run.mode() == RunMode.COMMIT) {
      reservations.reserve(
          run.id(), run.deliveryDate(), results.reservations(plan.assignment()), run.requestedBy());
    }
    timer.finished("SAVE");
    Map<String, Object> metrics = results.metrics(plan.assignment());
    runs.succeed(run.id(), metrics, timer.seconds());
    events.succeeded(run, metrics, made, demand);
  }

  @PreDestroy
  void stop() {
    drainer.close();
    heartbeat.shutdownNow();
  }

  private void renew(long id, String phase) {
    try {
      QuarkusTransaction.requiringNew().run(() -> runs.renew(id, name, lease, phase));
    } catch (RuntimeException e) {
      if (DatabaseOutage.isOutage(e)) {
        outage.report(e);
      } else {
        LOG.warnf(e, "could not renew the lease of assignment run %d", id);
      }
    }
  }
}
