package me.snaq.inventory.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import me.snaq.inventory.inventory.LotReceipt;

/**
 * One receipt of one product. Its quantities and status change only through the methods below, each
 * of which returns the {@link LotChange} the caller appends to the ledger in the same transaction.
 * Invariants: {@code 0 <= reserved <= onHand}; on-hold and expired lots serve nothing; units
 * reserved by allocations cannot be adjusted or written off.
 */
@Entity
@Table(name = "inventory_lot")
public class Lot {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String sku;

  @Column(name = "lot_code")
  private String lotCode;

  private String owner;

  @Column(name = "best_before")
  private LocalDate bestBefore;

  @Column(name = "received_at")
  private Instant receivedAt;

  private String location;

  @Column(name = "on_hand")
  private int onHand;

  private int reserved;

  @Enumerated(EnumType.STRING)
  private LotStatus status;

  @Column(name = "hold_reason")
  private String holdReason;

  @Column(name = "hold_review_on")
  private LocalDate holdReviewOn;

  @Version private long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Lot() {}

  public static Lot receive(LotReceipt receipt, Instant now) {
    Lot lot = new Lot();
    lot.sku = receipt.sku();
    lot.lotCode = receipt.lotCode();
    lot.owner = receipt.owner();
    lot.bestBefore = receipt.bestBefore();
    lot.receivedAt = receipt.receivedAt() == null ? now : receipt.receivedAt();
    lot.location = receipt.location();
    lot.onHand = receipt.quantity();
    lot.status = LotStatus.AVAILABLE;
    lot.updatedAt = now;
    return lot;
  }

  /** The ledger entry of the receipt itself. */
  public LotChange receipt() {
    return new LotChange(MovementType.RECEIVE, onHand, 0, null, null);
  }

  /**
   * Corrects the on-hand quantity by {@code delta}, provided the caller saw {@code expectedOnHand}
   * (when given): a count taken against a stale quantity must not be applied.
   */
  public LotChange adjust(
      int delta, AdjustmentReason reason, Integer expectedOnHand, String note, Instant now) {
    if (expectedOnHand != null && expectedOnHand != onHand) {
      throw new OnHandMismatchException(expectedOnHand, onHand);
    }
    if (onHand + delta < reserved) {
      throw new InsufficientStockException(-delta, onHand - reserved);
    }
    onHand += delta;
    settleAfterQuantityChange(now);
    return new LotChange(MovementType.ADJUST, delta, 0, reason.name(), note);
  }

  /** Records a cycle count: the difference to the counted quantity, as a COUNT adjustment. */
  public LotChange count(int counted, Integer expectedOnHand, String note, Instant now) {
    return adjust(counted - onHand, AdjustmentReason.COUNT, expectedOnHand, note, now);
  }

  /** Quarantines the lot: it serves nothing until released. */
  public LotChange hold(String reason, LocalDate reviewOn, Instant now) {
    if (status != LotStatus.AVAILABLE && status != LotStatus.EXPIRED) {
      throw new IllegalLotStateException(id, status, "put on hold");
    }
    status = LotStatus.ON_HOLD;
    holdReason = reason;
    holdReviewOn = reviewOn;
    updatedAt = now;
    return new LotChange(MovementType.HOLD, 0, 0, null, reason);
  }

  /** Releases a hold; a lot past its best-before comes back EXPIRED, not AVAILABLE. */
  public LotChange unhold(String note, LocalDate today, Instant now) {
    if (status != LotStatus.ON_HOLD) {
      throw new IllegalLotStateException(id, status, "released from hold");
    }
    status = ShelfLife.isExpired(bestBefore, today) ? LotStatus.EXPIRED : LotStatus.AVAILABLE;
    holdReason = null;
    holdReviewOn = null;
    settleAfterQuantityChange(now);
    return new LotChange(MovementType.UNHOLD, 0, 0, null, note);
  }

  /** Writes off {@code quantity} units, or all that no allocation holds when it is null. */
  public LotChange writeOff(Integer quantity, WriteOffReason reason, String note, Instant now) {
    int free = onHand - reserved;
    int units = quantity == null ? free : quantity;
    if (units == 0 && quantity == null) {
      throw new IllegalLotStateException(id, status, "written off (nothing is left)");
    }
    if (units > free) {
      throw new InsufficientStockException(units, free);
    }
    onHand -= units;
    settleAfterQuantityChange(now);
    return new LotChange(MovementType.WRITE_OFF, -units, 0, reason.name(), note);
  }

  /** Marks an available lot whose day has ended as EXPIRED (the expiry job's step). */
  public LotChange expire(Instant now) {
    if (status != LotStatus.AVAILABLE) {
      throw new IllegalLotStateException(id, status, "expired");
    }
    status = LotStatus.EXPIRED;
    updatedAt = now;
    return new LotChange(MovementType.EXPIRE, 0, 0, WriteOffReason.EXPIRED.name(), null);
  }

  /** The status as of a warehouse day ({@link LotStatus#asOf}). */
  public LotStatus statusOn(LocalDate today) {
    return status.asOf(bestBefore, today);
  }

  /** Units on hand that no allocation holds. */
  public int free() {
    return onHand - reserved;
  }

  private void settleAfterQuantityChange(Instant now) {
    if (onHand == 0 && (status == LotStatus.AVAILABLE || status == LotStatus.EXPIRED)) {
      status = LotStatus.DEPLETED;
    } else if (onHand > 0 && status == LotStatus.DEPLETED) {
      status = LotStatus.AVAILABLE;
    }
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String sku() {
    return sku;
  }

  public String lotCode() {
    return lotCode;
  }

  public String owner() {
    return owner;
  }

  public LocalDate bestBefore() {
    return bestBefore;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String location() {
    return location;
  }

  public int onHand() {
    return onHand;
  }

  public int reserved() {
    return reserved;
  }

  public LotStatus status() {
    return status;
  }

  public String holdReason() {
    return holdReason;
  }

  public LocalDate holdReviewOn() {
    return holdReviewOn;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
