package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductNotEligibleException;
import me.snaq.inventory.catalog.UnknownBrandException;
import me.snaq.inventory.catalog.UnknownProductException;
import me.snaq.inventory.inventory.domain.AdjustmentReason;
import me.snaq.inventory.inventory.domain.InvalidOwnerException;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotAlreadyExistsException;
import me.snaq.inventory.inventory.domain.LotChange;
import me.snaq.inventory.inventory.domain.LotFilter;
import me.snaq.inventory.inventory.domain.LotNotFoundException;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.domain.ShelfLife;
import me.snaq.inventory.inventory.domain.WriteOffReason;
import me.snaq.inventory.inventory.events.LotEvents;
import me.snaq.inventory.inventory.persistence.LedgerWriter;
import me.snaq.inventory.inventory.persistence.LotRepository;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Receipts and corrections of lots. Every change locks the lot's row, applies a domain method and
 * appends the resulting movement in the same transaction, so the lot's balance is always the sum of
 * its ledger. A partner sees only the lots its brand owns.
 */
@ApplicationScoped
public class LotService {
  private final LotRepository lots;
  private final LedgerWriter ledger;
  private final CatalogService catalog;
  private final LotEvents events;
  private final Clock clock;

  public LotService(
      LotRepository lots,
      LedgerWriter ledger,
      CatalogService catalog,
      LotEvents events,
      Clock clock) {
    this.lots = lots;
    this.ledger = ledger;
    this.catalog = catalog;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public LotView receive(Caller caller, LotReceipt receipt) {
    checkReceipt(receipt);
    if (lots.exists(receipt.sku(), receipt.owner(), receipt.lotCode())) {
      throw new LotAlreadyExistsException(receipt.lotCode(), receipt.sku(), receipt.owner());
    }
    Instant now = Instant.now(clock);
    Lot lot = Lot.receive(receipt, now);
    try {
      lots.persistAndFlush(lot);
    } catch (ConstraintViolationException raceWithTheSameReceipt) {
      throw new LotAlreadyExistsException(receipt.lotCode(), receipt.sku(), receipt.owner());
    }
    ledger.append(lot, lot.receipt(), caller.keyId(), now);
    events.changed(lot, MovementType.RECEIVE);
    return new LotView(lot, today());
  }

  @Transactional
  public LotView get(Caller caller, long id) {
    return lots.findByIdOptional(id)
        .filter(lot -> caller.canSeeBrand(lot.owner()))
        .map(lot -> new LotView(lot, today()))
        .orElseThrow(() -> new LotNotFoundException(id));
  }

  @Transactional
  public Page<LotView> list(Caller caller, LotFilter filter, PageRequest page) {
    LotFilter scoped = filter.withOwner(caller.scopeBrand(filter.owner()));
    LocalDate today = today();
    return Page.of(
            lots.page(scoped, today, page.afterId(), page.limit()),
            page,
            lot -> lot.id().toString())
        .map(lot -> new LotView(lot, today));
  }

  @Transactional
  public LotView adjust(
      Caller caller,
      long id,
      int delta,
      AdjustmentReason reason,
      Integer expectedOnHand,
      String note) {
    return change(caller, id, (lot, now) -> lot.adjust(delta, reason, expectedOnHand, note, now));
  }

  @Transactional
  public LotView count(Caller caller, long id, int counted, Integer expectedOnHand, String note) {
    return change(caller, id, (lot, now) -> lot.count(counted, expectedOnHand, note, now));
  }

  @Transactional
  public LotView hold(Caller caller, long id, String reason, LocalDate reviewOn) {
    return change(caller, id, (lot, now) -> lot.hold(reason, reviewOn, now));
  }

  @Transactional
  public LotView unhold(Caller caller, long id, String note) {
    return change(caller, id, (lot, now) -> lot.unhold(note, today(), now));
  }

  @Transactional
  public LotView writeOff(
      Caller caller, long id, Integer quantity, WriteOffReason reason, String note) {
    return change(caller, id, (lot, now) -> lot.writeOff(quantity, reason, note, now));
  }

  /** Whether any lot has ever been received. */
  @Transactional
  public boolean anyLotExists() {
    return lots.count() > 0;
  }

  public LocalDate today() {
    return ShelfLife.today(clock);
  }

  /** Locks the lot, applies one domain operation and appends its movement. */
  private LotView change(Caller caller, long id, LotOperation operation) {
    Lot lot =
        lots.lockById(id)
            .filter(found -> caller.canSeeBrand(found.owner()))
            .orElseThrow(() -> new LotNotFoundException(id));
    Instant now = Instant.now(clock);
    LotChange change = operation.apply(lot, now);
    ledger.append(lot, change, caller.keyId(), now);
    lots.flush();
    events.changed(lot, change.type());
    return new LotView(lot, today());
  }

  private void checkReceipt(LotReceipt receipt) {
    if (catalog.product(receipt.sku()).isEmpty()) {
      throw new UnknownProductException(receipt.sku());
    }
    BrandInfo owner =
        catalog
            .brand(receipt.owner())
            .orElseThrow(() -> new UnknownBrandException(receipt.owner()));
    if (!owner.mayOwnStock()) {
      throw new InvalidOwnerException(receipt.owner());
    }
    if (owner.kind() == BrandKind.PARTNER && !catalog.isEligible(receipt.sku(), owner.code())) {
      throw new ProductNotEligibleException(owner.code(), receipt.sku());
    }
  }

  /** One change to a locked lot at a given instant. */
  @FunctionalInterface
  private interface LotOperation {
    LotChange apply(Lot lot, Instant now);
  }
}
