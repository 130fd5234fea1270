package me.snaq.inventory.inventory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim on stock for one delivery (DESIGN 4): its lines and the lots picked for them. State
 * changes go through the methods below; the stock side (reserving, releasing, shipping units of
 * lots) is done by the service in the same transaction.
 */
@Entity
@Table(name = "inventory_allocation")
public class Allocation {
  /**
   * From {@code inventory_allocation_seq}, taken by the SQL that writes allocations (one at a time
   * or a run's at once), never by Hibernate: a pooled id generator beside plain {@code nextval}
   * calls could hand out the same id twice, so this entity is never persisted through Hibernate.
   */
  @Id private Long id;

  @Column(name = "brand_code")
  private String brand;

  private String reference;

  @Column(name = "subscriber_id")
  private String subscriberId;

  @Column(name = "delivery_date")
  private LocalDate deliveryDate;

  @Enumerated(EnumType.STRING)
  private AllocationState state;

  @Column(name = "hold_until")
  private Instant holdUntil;

  @Column(name = "allow_partial")
  private boolean allowPartial;

  @Column(name = "short")
  private boolean isShort;

  @Column(name = "short_reason")
  private String shortReason;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(
      name = "inventory_allocation_line",
      joinColumns = @JoinColumn(name = "allocation_id"))
  private List<AllocationLine> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "inventory_allocation_pick",
      joinColumns = @JoinColumn(name = "allocation_id"))
  private List<AllocationPick> picks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "inventory_allocation_ship_exception",
      joinColumns = @JoinColumn(name = "allocation_id"))
  private List<ShipException> shipExceptions = new ArrayList<>();

  protected Allocation() {}

  /** A new allocation of the lines and picks the service reserved. */
  public static Allocation open(
      AllocationRequest request,
      List<AllocationLine> lines,
      List<AllocationPick> picks,
      String createdBy,
      Instant now) {
    Allocation allocation = new Allocation();
    allocation.brand = request.brand();
    allocation.reference = request.reference();
    allocation.subscriberId = request.subscriberId();
    allocation.deliveryDate = request.deliveryDate();
    allocation.allowPartial = request.allowPartial();
    allocation.state =
        request.mode() == AllocationMode.HOLD ? AllocationState.HELD : AllocationState.ALLOCATED;
    allocation.holdUntil = request.mode() == AllocationMode.HOLD ? request.holdUntil() : null;
    allocation.lines = new ArrayList<>(lines);
    allocation.picks = new ArrayList<>(picks);
    allocation.isShort = lines.stream().anyMatch(line -> line.shortBy() > 0);
    allocation.createdBy = createdBy;
    allocation.createdAt = now;
    allocation.updatedAt = now;
    return allocation;
  }

  /**
   * Takes the id the database gave this new allocation when it was written in plain SQL (the
   * allocation path writes it with its lines, picks and ledger rows in one statement).
   */
  public void stored(long id) {
    if (this.id != null) {
      throw new IllegalStateException("allocation " + this.id + " is stored already");
    }
    this.id = id;
  }

  /** HELD -> ALLOCATED. A hold past its time has lapsed and cannot be confirmed. */
  public void confirm(Instant now) {
    if (state != AllocationState.HELD || holdLapsed(now)) {
      throw new IllegalAllocationStateException(id, effectiveState(now), "confirmed");
    }
    state = AllocationState.ALLOCATED;
    holdUntil = null;
    updatedAt = now;
  }

  /** ALLOCATED -> SHIPPED: the units leave the warehouse. */
  public void ship(Instant now) {
    if (state != AllocationState.ALLOCATED) {
      throw new IllegalAllocationStateException(id, effectiveState(now), "shipped");
    }
    state = AllocationState.SHIPPED;
    updatedAt = now;
  }

  /** An open allocation ends and gives its units back: RELEASED, or EXPIRED for a lapsed hold. */
  public void release(String reason, Instant now) {
    if (!state.isOpen()) {
      throw new IllegalAllocationStateException(id, state, "released");
    }
    state = holdLapsed(now) ? AllocationState.EXPIRED : AllocationState.RELEASED;
    endReason = reason;
    holdUntil = null;
    updatedAt = now;
  }

  /** Whether this is a hold whose time has passed (it no longer counts, swept or not). */
  public boolean holdLapsed(Instant now) {
    return HoldLapse.lapsed(state, holdUntil, now);
  }

  /** The state as of now: a lapsed hold reads EXPIRED before the sweeper has released it. */
  public AllocationState effectiveState(Instant now) {
    return holdLapsed(now) ? AllocationState.EXPIRED : state;
  }

  public Long id() {
    return id;
  }

  public String brand() {
    return brand;
  }

  public String reference() {
    return reference;
  }

  public String subscriberId() {
    return subscriberId;
  }

  public LocalDate deliveryDate() {
    return deliveryDate;
  }

  public AllocationState state() {
    return state;
  }

  public Instant holdUntil() {
    return holdUntil;
  }

  public boolean allowPartial() {
    return allowPartial;
  }

  public boolean isShort() {
    return isShort;
  }

  /** Why it shipped short (DAMAGED, MISSING, or both joined by a comma); null otherwise. */
  public String shortReason() {
    return shortReason;
  }

  /** The units it did not ship, per lot and reason. */
  public List<ShipException> shipExceptions() {
    return shipExceptions;
  }

  public String endReason() {
    return endReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public List<AllocationLine> lines() {
    return List.copyOf(lines);
  }

  public List<AllocationPick> picks() {
    return List.copyOf(picks);
  }
}
