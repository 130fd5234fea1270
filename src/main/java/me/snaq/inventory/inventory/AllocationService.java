package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.inventory.AllocationIntake.Accepted;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationFilter;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationNotFoundException;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.BrandAvailability;
import me.snaq.inventory.inventory.domain.FreeStock;
import me.snaq.inventory.inventory.domain.IllegalLotStateException;
import me.snaq.inventory.inventory.domain.InsufficientStockForAllocationException;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.inventory.domain.LotUse;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.inventory.domain.StockKeptChangingException;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.LotRepository;
import me.snaq.inventory.inventory.persistence.ReservationQueries;
import me.snaq.inventory.shared.error.ShortLine;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Allocations (DESIGN 4): FEFO reservations within the shelf-life floor, the brand's ownership and
 * quotas; confirm, ship, release; lapsed holds.
 *
 * <p>Locking, the same on every path so no two transactions wait on each other in a cycle: first a
 * per-product advisory lock for every product involved, in SKU order; then allocation rows; then
 * lot rows, through conditional updates that can never reserve more than is on hand.
 */
@ApplicationScoped
public class AllocationService {
  static final String SWEEPER = "system:hold-sweeper";
  static final String HOLD_EXPIRED = "HOLD_EXPIRED";
  private static final String OPEN_REFERENCE = "inventory_allocation_open_reference";

  private static final int RESERVE_ATTEMPTS = 3;

  private final AllocationIntake intake;
  private final AllocationRepository allocations;
  private final ReservationQueries reservations;
  private final LotRepository lots;
  private final Event<AllocationShipped> shipped;
  private final Clock clock;

  public AllocationService(
      AllocationIntake intake,
      AllocationRepository allocations,
      ReservationQueries reservations,
      LotRepository lots,
      Event<AllocationShipped> shipped,
      Clock clock) {
    this.intake = intake;
    this.allocations = allocations;
    this.reservations = reservations;
    this.lots = lots;
    this.shipped = shipped;
    this.clock = clock;
  }

  /** One allocation to create: who asks, and what. */
  public record Order(Caller caller, AllocationRequest request) {}

  /**
   * What became of an order: the allocation made, or why not (a refusal, or an unexpected failure
   * when it was created alone).
   */
  public record Outcome(AllocationView created, RuntimeException refused) {
    static Outcome refusedFor(RuntimeException reason) {
      return new Outcome(null, reason);
    }

    /** The allocation made, or the refusal thrown. */
    public AllocationView orThrow() {
      if (refused != null) {
        throw refused;
      }
      return created;
    }
  }

  /**
   * Reserves stock for every line, or nothing: without allowPartial, any short line refuses the
   * whole allocation with each line's requested and available quantity.
   */
  @Transactional
  public AllocationView create(Caller caller, AllocationRequest request) {
    return createAll(List.of(new Order(caller, request))).get(0).orThrow();
  }

  /**
   * Creates allocations in the caller's transaction, one after another: each sees the stock the
   * ones before it left. An order that cannot be met is refused and nothing of it is written; the
   * others are written together, in a fixed number of statements however many there are.
   *
   * <p>A second request for a reference that is open is refused; two that meet at the unique index
   * (both passed the check, in different transactions) fail the later transaction, and with one
   * order that is {@link ReferenceInUseException}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Outcome> createAll(List<Order> orders) {
    Instant now = Instant.now(clock);
    Outcome[] outcomes = new Outcome[orders.size()];
    AllocationIntake.Intake checked = intake.accept(orders, now, outcomes);
    List<Accepted> accepted = checked.accepted();
    if (accepted.isEmpty()) {
      return List.of(outcomes);
    }
    StockScope scope = StockScope.of(accepted, checked.quotas());
    FreeStock free;
    // Lapsed holds must be given back under the locks before the free stock is read, so only
    // without them can the read go with the locks in one round trip.
    if (checked.lapsedHolds().isEmpty()) {
      free =
          reservations.lockAndReadFreeStock(
              scope.skus(), scope.owners(), scope.from(), now, scope.quotas());
    } else {
      releaseHolds(checked.lapsedHolds(), scope.skus(), false, now);
      free = freeStock(scope, now);
    }
    reserve(accepted, free, scope, now, outcomes)
        .forEach((index, a) -> outcomes[index] = new Outcome(AllocationView.of(a, now), null));
    return List.of(outcomes);
  }

  /**
   * Decides every accepted order against the free stock, reserves the lots chosen and writes the
   * allocations; returns them by index of their order. A lot that changed since it was read (held
   * or counted by another transaction) fails its conditional update and nothing is written: the
   * decisions are made again on the stock read anew, at most {@value #RESERVE_ATTEMPTS} times.
   */
  private Map<Integer, Allocation> reserve(
      List<Accepted> accepted,
      FreeStock firstRead,
      StockScope scope,
      Instant now,
      Outcome[] outcomes) {
    FreeStock free = firstRead;
    for (int attempt = 1; ; attempt++) {
      Map<Integer, Allocation> made = decide(accepted, free, now, outcomes);
      if (made.isEmpty()) {
        return made;
      }
      if (write(List.copyOf(made.values()), now)) {
        return made;
      }
      if (attempt == RESERVE_ATTEMPTS) {
        throw new StockKeptChangingException();
      }
      free = freeStock(scope, now);
    }
  }

  /** The free units of the scope's products, read under the locks already held. */
  private FreeStock freeStock(StockScope scope, Instant now) {
    return reservations.freeStock(scope.skus(), scope.owners(), scope.from(), now, scope.quotas());
  }

  /**
   * The stock the orders may draw on: their products (in SKU order, the locking order), the lots of
   * the house and of their brands that may own stock, good through the earliest floor date among
   * them, and the quotas on the products. Quotas are the catalog's terms, read before the products
   * are locked to keep the locks short (a change to them is as if made a moment later).
   */
  private record StockScope(
      List<String> skus, List<String> owners, LocalDate from, List<QuotaInfo> quotas) {
    static StockScope of(List<Accepted> accepted, List<QuotaInfo> quotas) {
      Set<String> owners = new TreeSet<>(List.of(Brand.HOUSE));
      LocalDate from = LocalDate.MAX;
      for (Accepted order : accepted) {
        if (order.brand().mayOwnStock()) {
          owners.add(order.brand().code());
        }
        for (String sku : order.products().keySet()) {
          LocalDate floor = order.floorDate(sku);
          from = floor.isBefore(from) ? floor : from;
        }
      }
      List<String> skus =
          accepted.stream()
              .flatMap(a -> a.products().keySet().stream())
              .distinct()
              .sorted()
              .toList();
      return new StockScope(skus, List.copyOf(owners), from, quotas);
    }
  }

  /** Each order in turn takes what the ones before it left; refusals go to {@code outcomes}. */
  private static Map<Integer, Allocation> decide(
      List<Accepted> accepted, FreeStock free, Instant now, Outcome[] outcomes) {
    Map<Integer, Allocation> made = new LinkedHashMap<>();
    Set<List<String>> references = new HashSet<>();
    for (Accepted order : accepted) {
      AllocationRequest request = order.order().request();
      String brand = order.brand().code();
      if (references.contains(List.of(brand, request.reference()))) {
        outcomes[order.index()] =
            Outcome.refusedFor(new ReferenceInUseException(brand, request.reference()));
        continue;
      }
      Map<String, BrandAvailability> terms = new HashMap<>();
      List<ShortLine> shortLines = new ArrayList<>();
      for (AllocationRequest.Line line : request.lines()) {
        BrandAvailability can = free.availability(brand, line.sku(), order.floorDate(line.sku()));
        terms.put(line.sku(), can);
        if (can.available() < line.quantity()) {
          shortLines.add(new ShortLine(line.sku(), line.quantity(), can.available()));
        }
      }
      if (!shortLines.isEmpty() && !request.allowPartial()) {
        outcomes[order.index()] =
            Outcome.refusedFor(new InsufficientStockForAllocationException(shortLines));
        continue;
      }
      List<AllocationLine> lines = new ArrayList<>();
      List<AllocationPick> picks = new ArrayList<>();
      for (AllocationRequest.Line line : sortedBySku(request.lines())) {
        BrandAvailability can = terms.get(line.sku());
        List<AllocationPick> taken =
            free.take(
                brand,
                line.sku(),
                order.floorDate(line.sku()),
                Math.min(line.quantity(), can.available()),
                can.houseShare());
        int units = taken.stream().mapToInt(AllocationPick::quantity).sum();
        lines.add(new AllocationLine(line.sku(), line.quantity(), units));
        picks.addAll(taken);
      }
      references.add(List.of(brand, request.reference()));
      made.put(
          order.index(),
          Allocation.open(
              request.withBrand(brand), lines, picks, order.order().caller().keyId(), now));
    }
    return made;
  }

  /**
   * Reserves the lots and writes the new allocations. Two requests for one open reference that both
   * passed the check meet at the unique index: the later one waits for the first to commit and
   * fails; alone, it is refused as the reference's.
   */
  private boolean write(List<Allocation> made, Instant now) {
    try {
      return reservations.reserveAndInsert(made, now);
    } catch (ConstraintViolationException e) {
      if (made.size() == 1 && OPEN_REFERENCE.equals(e.getConstraintName())) {
        throw new ReferenceInUseException(made.get(0).brand(), made.get(0).reference());
      }
      throw e;
    }
  }

  @Transactional
  public AllocationView get(Caller caller, long id) {
    return AllocationView.of(visible(caller, id), Instant.now(clock));
  }

  @Transactional
  public Page<AllocationView> list(Caller caller, AllocationFilter filter, PageRequest page) {
    AllocationFilter scoped = filter.withBrand(caller.scopeBrand(filter.brand()));
    Instant now = Instant.now(clock);
    return Page.of(
            allocations.page(scoped, page.afterId(), page.limit()), page, a -> a.id().toString())
        .map(a -> AllocationView.of(a, now));
  }

  /** HELD -> ALLOCATED. */
  @Transactional
  public AllocationView confirm(Caller caller, long id) {
    Instant now = Instant.now(clock);
    Allocation allocation = visible(caller, id);
    allocations.refreshLocked(allocation);
    allocation.confirm(now);
    return AllocationView.of(allocation, now);
  }

  /** ALLOCATED -> SHIPPED: the units leave on-hand; the subscriber's history records the box. */
  @Transactional
  public AllocationView ship(Caller caller, long id) {
    Instant now = Instant.now(clock);
    Allocation allocation = lockForStockChange(caller, id);
    allocation.ship(now);
    List<Long> held = lotsOnHold(allocation.picks());
    if (!held.isEmpty()) {
      throw new IllegalLotStateException(held.get(0), LotStatus.ON_HOLD, "shipped from");
    }
    for (AllocationPick pick : allocation.picks()) {
      reservations.ship(pick.lotId(), pick.quantity(), now);
    }
    reservations.recordMovements(List.of(allocation), MovementType.SHIP, caller.keyId(), now);
    changeHouseClaims(List.of(allocation), -1);
    shipped.fire(
        new AllocationShipped(
            allocation.id(),
            allocation.brand(),
            allocation.subscriberId(),
            allocation.deliveryDate(),
            allocation.lines().stream()
                .filter(l -> l.allocated() > 0)
                .map(AllocationLine::sku)
                .toList()));
    return AllocationView.of(allocation, now);
  }

  /** An open allocation gives its units back (RELEASED, or EXPIRED for a lapsed hold). */
  @Transactional
  public AllocationView release(Caller caller, long id, String reason) {
    Instant now = Instant.now(clock);
    Allocation allocation = lockForStockChange(caller, id);
    giveBack(List.of(allocation), reason, caller.keyId(), now);
    return AllocationView.of(allocation, now);
  }

  /**
   * Releases holds that have lapsed, oldest first, at most {@code limit}; returns how many. Safe on
   * several replicas at once: each skips the allocations another is releasing.
   */
  @Transactional
  public int releaseLapsedHolds(int limit) {
    Instant now = Instant.now(clock);
    return releaseHolds(allocations.lapsedHoldIds(now, limit), List.of(), true, now);
  }

  /** Allocations that took units of a lot, for a trace or a recall. */
  @Transactional
  public List<LotUse> usesOfLot(long lotId) {
    return allocations.usesOfLot(lotId);
  }

  /** Open allocations give their units back, in a fixed number of statements. */
  private void giveBack(List<Allocation> given, String reason, String actor, Instant now) {
    if (given.isEmpty()) {
      return;
    }
    given.forEach(allocation -> allocation.release(reason, now));
    reservations.unreserveLots(
        ReservationQueries.unitsPerLot(given.stream().flatMap(a -> a.picks().stream()).toList()),
        now);
    reservations.recordMovements(given, MovementType.UNRESERVE, actor, now);
    changeHouseClaims(given, -1);
  }

  /** Reads the allocation, locks its products in SKU order, then locks the allocation itself. */
  private Allocation lockForStockChange(Caller caller, long id) {
    Allocation allocation = visible(caller, id);
    reservations.lockProducts(skusOf(allocation));
    allocations.refreshLocked(allocation);
    return allocation;
  }

  /** Releases the lapsed holds on these products (and locks them), so their units are free. */
  void releaseLapsedHoldsOf(List<String> skus, Instant now) {
    releaseHolds(allocations.lapsedHoldsOf(skus, now), skus, false, now);
  }

  /**
   * Locks {@code alsoLock} and the products of the holds (read unlocked as lapsed) in one sorted
   * statement, then the holds' rows (with {@code skipLocked}, passing over those another
   * transaction holds), and releases as EXPIRED each that is still lapsed; returns how many.
   */
  private int releaseHolds(
      List<Long> lapsed, List<String> alsoLock, boolean skipLocked, Instant now) {
    Set<String> toLock = new TreeSet<>(alsoLock);
    if (!lapsed.isEmpty()) {
      toLock.addAll(allocations.skusOf(lapsed));
    }
    reservations.lockProducts(List.copyOf(toLock));
    if (lapsed.isEmpty()) {
      return 0;
    }
    List<Allocation> expired = new ArrayList<>();
    for (Long id : allocations.lock(lapsed, skipLocked)) {
      Allocation hold = allocations.findById(id);
      // It may sit in this transaction's context from before its row was locked: read it anew.
      allocations.getEntityManager().refresh(hold);
      if (hold.holdLapsed(now)) {
        expired.add(hold);
      }
    }
    giveBack(expired, HOLD_EXPIRED, SWEEPER, now);
    // The reads that follow are plain SQL: they must see these holds EXPIRED, or they would take
    // the units just given back off a second time (as holds past their time).
    allocations.flush();
    return expired.size();
  }

  /** Adds (sign 1) or removes (sign -1) the house units these allocations took, per brand. */
  private void changeHouseClaims(Collection<Allocation> taken, int sign) {
    Map<String, Map<String, Integer>> houseUnits = new TreeMap<>();
    for (Allocation allocation : taken) {
      allocation.picks().stream()
          .filter(p -> Brand.HOUSE.equals(p.owner()))
          .forEach(
              p ->
                  houseUnits
                      .computeIfAbsent(allocation.brand(), b -> new TreeMap<>())
                      .merge(p.sku(), p.quantity(), Integer::sum));
    }
    reservations.changeHouseClaims(houseUnits, sign);
  }

  private List<Long> lotsOnHold(List<AllocationPick> picks) {
    List<Long> ids = picks.stream().map(AllocationPick::lotId).toList();
    return lots.list("id in ?1 and status = ?2", ids, LotStatus.ON_HOLD).stream()
        .map(lot -> lot.id())
        .toList();
  }

  private Allocation visible(Caller caller, long id) {
    return allocations
        .findByIdOptional(id)
        .filter(a -> caller.canSeeBrand(a.brand()))
        .orElseThrow(() -> new AllocationNotFoundException(id));
  }

  private static List<AllocationRequest.Line> sortedBySku(List<AllocationRequest.Line> lines) {
    return lines.stream().sorted(Comparator.comparing(AllocationRequest.Line::sku)).toList();
  }

  private static List<String> skusOf(Allocation allocation) {
    return allocation.lines().stream().map(AllocationLine::sku).sorted().toList();
  }
}
