package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.domain.BrandNotFoundException;
import me.snaq.inventory.catalog.domain.ProductNotEligibleException;
import me.snaq.inventory.catalog.domain.ProductStatus;
import me.snaq.inventory.catalog.domain.ReservedBrandException;
import me.snaq.inventory.catalog.domain.UnknownBrandException;
import me.snaq.inventory.catalog.domain.UnknownProductException;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationFilter;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationNotFoundException;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.IllegalLotStateException;
import me.snaq.inventory.inventory.domain.InsufficientStockForAllocationException;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.domain.ProductDiscontinuedException;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.LotRepository;
import me.snaq.inventory.inventory.persistence.ReservationQueries;
import me.snaq.inventory.shared.error.ShortLine;
import me.snaq.inventory.shared.error.ValidationFailedException;
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

  private final AllocationRepository allocations;
  private final ReservationQueries reservations;
  private final LotRepository lots;
  private final StockService stock;
  private final CatalogService catalog;
  private final Event<AllocationShipped> shipped;
  private final Clock clock;

  public AllocationService(
      AllocationRepository allocations,
      ReservationQueries reservations,
      LotRepository lots,
      StockService stock,
      CatalogService catalog,
      Event<AllocationShipped> shipped,
      Clock clock) {
    this.allocations = allocations;
    this.reservations = reservations;
    this.lots = lots;
    this.stock = stock;
    this.catalog = catalog;
    this.shipped = shipped;
    this.clock = clock;
  }

  /**
   * Reserves stock for every line, or nothing: without allowPartial, any short line refuses the
   * whole allocation with each line's requested and available quantity.
   */
  @Transactional
  public AllocationView create(Caller caller, AllocationRequest request) {
    Instant now = Instant.now(clock);
    BrandInfo brand = brandFor(caller, request.brand());
    checkDates(request, now);
    List<ProductInfo> products = products(brand, request.lines());
    if (allocations.openReferenceExists(brand.code(), request.reference())) {
      throw new ReferenceInUseException(brand.code(), request.reference());
    }
    List<String> skus = products.stream().map(ProductInfo::sku).sorted().toList();
    releaseLapsedHoldsOf(skus, now);
    Map<String, ProductStock> available =
        stock.forAllocation(brand, products, request.deliveryDate());
    List<ShortLine> shortLines = new ArrayList<>();
    for (AllocationRequest.Line line : request.lines()) {
      int can = available.get(line.sku()).availability().available();
      if (can < line.quantity()) {
        shortLines.add(new ShortLine(line.sku(), line.quantity(), can));
      }
    }
    if (!shortLines.isEmpty() && !request.allowPartial()) {
      throw new InsufficientStockForAllocationException(shortLines);
    }
    List<AllocationLine> lines = new ArrayList<>();
    List<AllocationPick> picks = new ArrayList<>();
    for (AllocationRequest.Line line : sortedBySku(request.lines())) {
      ProductStock product = available.get(line.sku());
      int wanted = Math.min(line.quantity(), product.availability().available());
      List<AllocationPick> linePicks = pick(brand, product, wanted, now);
      int taken = linePicks.stream().mapToInt(AllocationPick::quantity).sum();
      if (taken < line.quantity() && !request.allowPartial()) {
        throw new InsufficientStockForAllocationException(
            List.of(new ShortLine(line.sku(), line.quantity(), taken)));
      }
      lines.add(new AllocationLine(line.sku(), line.quantity(), taken));
      picks.addAll(linePicks);
    }
    Allocation allocation =
        Allocation.open(request.withBrand(brand.code()), lines, picks, caller.keyId(), now);
    allocation.stored(insert(allocation, caller.keyId()));
    changeHouseClaims(allocation, picks, 1);
    return AllocationView.of(allocation, now);
  }

  /**
   * Writes the new allocation. Two requests for one open reference that both passed the check above
   * meet at the unique index: the later one waits for the first to commit and is refused.
   */
  private long insert(Allocation allocation, String actor) {
    try {
      return reservations.insertAllocation(allocation, actor);
    } catch (ConstraintViolationException e) {
      if (OPEN_REFERENCE.equals(e.getConstraintName())) {
        throw new ReferenceInUseException(allocation.brand(), allocation.reference());
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
    AllocationFilter scoped = caller.brandScope().map(filter::withBrand).orElse(filter);
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
    reservations.recordMovements(
        allocation.picks(), MovementType.SHIP, reference(allocation), caller.keyId(), now);
    changeHouseClaims(allocation, allocation.picks(), -1);
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
    giveBack(allocation, reason, caller.keyId(), now);
    return AllocationView.of(allocation, now);
  }

  /**
   * Releases holds that have lapsed, oldest first, at most {@code limit}; returns how many. Safe on
   * several replicas at once: each skips the allocations another is releasing.
   */
  @Transactional
  public int releaseLapsedHolds(int limit) {
    Instant now = Instant.now(clock);
    int released = 0;
    for (Long id : allocations.lapsedHoldIds(now, limit)) {
      Allocation allocation = allocations.findById(id);
      reservations.lockProducts(skusOf(allocation));
      if (allocations.lockIfFree(id)) {
        allocations.getEntityManager().refresh(allocation);
        if (allocation.holdLapsed(now)) {
          giveBack(allocation, HOLD_EXPIRED, SWEEPER, now);
          released++;
        }
      }
    }
    return released;
  }

  /** Allocations that took units of a lot, for a trace or a recall. */
  @Transactional
  public List<me.snaq.inventory.inventory.domain.LotUse> usesOfLot(long lotId) {
    return allocations.usesOfLot(lotId);
  }

  private void giveBack(Allocation allocation, String reason, String actor, Instant now) {
    allocation.release(reason, now);
    for (AllocationPick pick : allocation.picks()) {
      reservations.unreserve(pick.lotId(), pick.quantity(), now);
    }
    reservations.recordMovements(
        allocation.picks(), MovementType.UNRESERVE, reference(allocation), actor, now);
    changeHouseClaims(allocation, allocation.picks(), -1);
  }

  /** Reads the allocation, locks its products in SKU order, then locks the allocation itself. */
  private Allocation lockForStockChange(Caller caller, long id) {
    Allocation allocation = visible(caller, id);
    reservations.lockProducts(skusOf(allocation));
    allocations.refreshLocked(allocation);
    return allocation;
  }

  /** FEFO over the brand's own lots and the house's, house units capped by the house share. */
  private List<AllocationPick> pick(
      BrandInfo brand, ProductStock product, int wanted, Instant now) {
    String sku = product.product().sku();
    List<String> owners =
        brand.mayOwnStock() ? List.of(brand.code(), Brand.HOUSE) : List.of(Brand.HOUSE);
    int houseBudget = product.availability().houseShare();
    int need = wanted;
    List<AllocationPick> picks = new ArrayList<>();
    for (int attempt = 0; need > 0 && attempt < 3; attempt++) {
      boolean raced = false;
      for (var lot : reservations.candidates(sku, owners, product.floorDate())) {
        boolean house = Brand.HOUSE.equals(lot.owner());
        int units = Math.min(Math.min(lot.free(), need), house ? houseBudget : Integer.MAX_VALUE);
        if (units <= 0) {
          continue;
        }
        if (!reservations.reserve(lot.lotId(), units, now)) {
          raced = true;
          break;
        }
        picks.add(
            new AllocationPick(
                sku, lot.lotId(), lot.lotCode(), lot.bestBefore(), lot.owner(), units));
        need -= units;
        houseBudget -= house ? units : 0;
        if (need == 0) {
          break;
        }
      }
      if (!raced) {
        break;
      }
    }
    return merge(picks);
  }

  /** One pick per lot, however many passes took units of it. */
  private static List<AllocationPick> merge(List<AllocationPick> picks) {
    Map<Long, AllocationPick> byLot = new java.util.LinkedHashMap<>();
    for (AllocationPick p : picks) {
      byLot.merge(p.lotId(), p, (a, b) -> a.plus(b.quantity()));
    }
    return List.copyOf(byLot.values());
  }

  /** Releases the lapsed holds on these products (and locks them), so their units are free. */
  void releaseLapsedHoldsOf(List<String> skus, Instant now) {
    List<Long> lapsed = allocations.lapsedHoldsOf(skus, now);
    Set<String> toLock = new TreeSet<>(skus);
    List<Allocation> holds = new ArrayList<>();
    for (Long id : lapsed) {
      Allocation hold = allocations.findById(id);
      holds.add(hold);
      toLock.addAll(skusOf(hold));
    }
    reservations.lockProducts(List.copyOf(toLock));
    for (Allocation hold : holds) {
      allocations.refreshLocked(hold);
      if (hold.holdLapsed(now)) {
        giveBack(hold, HOLD_EXPIRED, SWEEPER, now);
      }
    }
    if (!holds.isEmpty()) {
      // The reads that follow are plain SQL: they must see these holds EXPIRED, or they would
      // take the units just given back off a second time (as holds past their time).
      allocations.flush();
    }
  }

  private void changeHouseClaims(Allocation allocation, List<AllocationPick> picks, int sign) {
    Map<String, Integer> houseUnits = new java.util.TreeMap<>();
    picks.stream()
        .filter(p -> Brand.HOUSE.equals(p.owner()))
        .forEach(p -> houseUnits.merge(p.sku(), p.quantity(), Integer::sum));
    reservations.changeHouseClaims(allocation.brand(), houseUnits, sign);
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

  private BrandInfo brandFor(Caller caller, String requested) {
    String code = caller.brandScope().orElse(requested);
    if (requested != null && !caller.canSeeBrand(requested)) {
      throw new BrandNotFoundException(requested);
    }
    if (code == null) {
      throw new ValidationFailedException("brand", "required");
    }
    BrandInfo brand = catalog.brand(code).orElseThrow(() -> new UnknownBrandException(code));
    if (brand.isHouse()) {
      throw new ReservedBrandException(code);
    }
    return brand;
  }

  private void checkDates(AllocationRequest request, Instant now) {
    LocalDate today = ShelfLife.today(clock);
    if (request.deliveryDate().isBefore(today)) {
      throw new ValidationFailedException("deliveryDate", "notInPast");
    }
    if (request.holdUntil() != null && !request.holdUntil().isAfter(now)) {
      throw new ValidationFailedException("holdUntil", "inFuture");
    }
  }

  private List<ProductInfo> products(BrandInfo brand, List<AllocationRequest.Line> lines) {
    List<String> skus = lines.stream().map(AllocationRequest.Line::sku).toList();
    if (new TreeSet<>(skus).size() != skus.size()) {
      throw new ValidationFailedException("lines", "duplicateSku");
    }
    Map<String, ProductInfo> known = catalog.products(skus);
    Set<String> eligible = catalog.eligibleSkus(skus, brand.code());
    List<ProductInfo> products = new ArrayList<>();
    for (String sku : skus) {
      ProductInfo product = known.get(sku);
      if (product == null) {
        throw new UnknownProductException(sku);
      }
      if (!eligible.contains(sku)) {
        throw new ProductNotEligibleException(brand.code(), sku);
      }
      if (product.status() == ProductStatus.DISCONTINUED) {
        throw new ProductDiscontinuedException(sku);
      }
      products.add(product);
    }
    return products;
  }

  private static List<AllocationRequest.Line> sortedBySku(List<AllocationRequest.Line> lines) {
    return lines.stream()
        .sorted(java.util.Comparator.comparing(AllocationRequest.Line::sku))
        .toList();
  }

  private static List<String> skusOf(Allocation allocation) {
    return allocation.lines().stream().map(AllocationLine::sku).sorted().toList();
  }

  private static String reference(Allocation allocation) {
    return "allocation:" + allocation.id();
  }
}
