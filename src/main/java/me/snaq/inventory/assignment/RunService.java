package me.snaq.inventory.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import me.snaq.inventory.assignment.domain.BoxExplanation;
import me.snaq.inventory.assignment.domain.BoxNotFoundException;
import me.snaq.inventory.assignment.domain.CommitInProgressException;
import me.snaq.inventory.assignment.domain.ExplanationNotKeptException;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.assignment.domain.RunDemand;
import me.snaq.inventory.assignment.domain.RunFinishedException;
import me.snaq.inventory.assignment.domain.RunMode;
import me.snaq.inventory.assignment.domain.RunNotFoundException;
import me.snaq.inventory.assignment.domain.RunStatus;
import me.snaq.inventory.assignment.engine.Box;
import me.snaq.inventory.assignment.engine.BoxItem;
import me.snaq.inventory.assignment.engine.Reason;
import me.snaq.inventory.assignment.engine.RunContext;
import me.snaq.inventory.assignment.engine.ShortReason;
import me.snaq.inventory.assignment.engine.Subscriber;
import me.snaq.inventory.assignment.engine.WhyNot;
import me.snaq.inventory.assignment.persistence.BoxQueries;
import me.snaq.inventory.assignment.persistence.RunQueries;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.assignment.run.SnapshotLoader;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ReservedBrandException;
import me.snaq.inventory.catalog.UnknownBrandException;
import me.snaq.inventory.inventory.RunReservationService;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.subscriber.SubscriberService;

/**
 * Assignment runs: queued by the trigger, executed by one replica's {@link RunWorker}, read with
 * their boxes and demand. The seed is the delivery date's day number, so the same stock and
 * profiles give the same boxes.
 */
@ApplicationScoped
public class RunService {
  private final RunQueries runs;
  private final BoxQueries boxes;
  private final CatalogService catalog;
  private final RunReservationService reservations;
  private final SubscriberService subscribers;
  private final Event<RunQueued> queued;
  private final Clock clock;

  public RunService(
      RunQueries runs,
      BoxQueries boxes,
      CatalogService catalog,
      RunReservationService reservations,
      SubscriberService subscribers,
      Event<RunQueued> queued,
      Clock clock) {
    this.subscribers = subscribers;
    this.queued = queued;
    this.runs = runs;
    this.boxes = boxes;
    this.catalog = catalog;
    this.reservations = reservations;
    this.clock = clock;
  }

  @Transactional
  public Run trigger(Caller caller, LocalDate deliveryDate, List<String> brands, RunMode mode) {
    List<String> codes = brands.stream().distinct().sorted().toList();
    Map<String, BrandInfo> known = catalog.brands(codes);
    for (String code : codes) {
      BrandInfo brand = known.get(code);
      if (brand == null) {
        throw new UnknownBrandException(code);
      }
      if (brand.isHouse()) {
        throw new ReservedBrandException(code);
      }
    }
    long id =
        runs.insert(
            deliveryDate, codes, mode, deliveryDate.toEpochDay(), caller.keyId(), clock.instant());
    if (mode == RunMode.COMMIT && !runs.claimCommit(id, deliveryDate, codes)) {
      throw new CommitInProgressException(deliveryDate.toString());
    }
    queued.fire(new RunQueued(id));
    return get(id);
  }

  @Transactional
  public Run get(long id) {
    return runs.find(id).orElseThrow(() -> new RunNotFoundException(id));
  }

  /** The run as this caller may see it: a partner's view of another brand's run is a 404. */
  @Transactional
  public Run get(Caller caller, long id) {
    Run run = get(id);
    if (!run.visibleTo(caller.brandScope().orElse(null))) {
      throw new RunNotFoundException(id);
    }
    return run;
  }

  @Transactional
  public Page<Run> list(LocalDate deliveryDate, RunStatus status, PageRequest page) {
    return Page.of(runs.page(deliveryDate, status, page), page, run -> Long.toString(run.id()));
  }

  @Transactional
  public Page<RunBox> boxes(
      Caller caller, long id, String subscriberId, Boolean onlyShort, PageRequest page) {
    get(caller, id);
    String brand = caller.brandScope().orElse(null);
    return Page.of(
        boxes.page(id, brand, subscriberId, onlyShort, page), page, RunBox::subscriberId);
  }

  /** Every box of the run the caller may see (a partner: its brand's), streamed for a download. */
  @Transactional
  public void eachBox(Caller caller, long id, Boolean onlyShort, Consumer<RunBox> consumer) {
    get(caller, id);
    boxes.each(id, caller.brandScope().orElse(null), onlyShort, consumer);
  }

  /**
   * One box and, for every product of the catalog it does not hold, the first rule that kept the
   * product out: from what the run kept of its snapshot and the subscriber's profile.
   */
  @Transactional
  public BoxExplanation explain(long id, String subscriberId, boolean whyNot) {
    Run run = get(id);
    RunBox box =
        boxes.page(id, null, subscriberId, null, PageRequest.first(1)).stream()
            .findFirst()
            .orElseThrow(() -> new BoxNotFoundException(id, subscriberId));
    if (!whyNot) {
      return new BoxExplanation(box, null);
    }
    RunContext context = boxes.context(id).orElseThrow(() -> new ExplanationNotKeptException(id));
    Subscriber subscriber =
        subscribers
            .profileFor(subscriberId, run.deliveryDate())
            .map(SnapshotLoader::subscriber)
            .orElseThrow(() -> new BoxNotFoundException(id, subscriberId));
    return new BoxExplanation(box, WhyNot.explain(context, subscriber, engineBox(box)));
  }

  /** A stored box as the engine describes one: what {@link WhyNot} reads of it. */
  private static Box engineBox(RunBox box) {
    List<BoxItem> items =
        box.items().stream()
            .map(
                i ->
                    new BoxItem(
                        i.sku(),
                        i.lotId(),
                        i.bestBefore(),
                        i.score(),
                        Reason.valueOf(i.reason()),
                        i.discovery(),
                        i.nearFloor()))
            .toList();
    ShortReason reason = box.shortReason() == null ? null : ShortReason.valueOf(box.shortReason());
    return new Box(
        box.subscriberId(),
        box.brand(),
        items.size(), // not stored; WhyNot reads the size from the run's recipe
        items,
        box.score(),
        box.bound(),
        reason,
        box.shortDetail());
  }

  @Transactional
  public List<RunDemand> demand(long id) {
    get(id);
    return boxes.demand(id);
  }

  /**
   * Cancels a queued or running run (its results are then dropped), or a succeeded COMMIT, whose
   * open allocations are released in the same transaction.
   */
  @Transactional
  public Run cancel(Caller caller, long id) {
    Run run = runs.lockForUpdate(id).orElseThrow(() -> new RunNotFoundException(id));
    if (!runs.cancel(id)) {
      throw new RunFinishedException(id, run.status());
    }
    if (run.status() == RunStatus.SUCCEEDED) {
      reservations.release(id, caller.keyId());
    }
    return get(id);
  }
}
