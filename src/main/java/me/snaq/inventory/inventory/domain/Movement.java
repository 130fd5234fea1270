package me.snaq.inventory.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One ledger entry. Written once; the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "inventory_movement")
public class Movement {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "lot_id")
  private long lotId;

  private String sku;
  private String owner;

  @Enumerated(EnumType.STRING)
  private MovementType type;

  @Column(name = "on_hand_delta")
  private int onHandDelta;

  @Column(name = "reserved_delta")
  private int reservedDelta;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after")
  private LotStatus statusAfter;

  private String reason;
  private String note;
  private String reference;
  private String actor;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected Movement() {}

  /** The entry for a change just made to the lot, which must already have its id. */
  public static Movement record(
      Lot lot, LotChange change, String reference, String actor, Instant at) {
    Movement movement = new Movement();
    movement.lotId = lot.id();
    movement.sku = lot.sku();
    movement.owner = lot.owner();
    movement.type = change.type();
    movement.onHandDelta = change.onHandDelta();
    movement.reservedDelta = change.reservedDelta();
    movement.statusAfter = lot.status();
    movement.reason = change.reason();
    movement.note = change.note();
    movement.reference = reference;
    movement.actor = actor;
    movement.occurredAt = at;
    return movement;
  }

  public Long id() {
    return id;
  }

  public long lotId() {
    return lotId;
  }

  public String sku() {
    return sku;
  }

  public String owner() {
    return owner;
  }

  public MovementType type() {
    return type;
  }

  public int onHandDelta() {
    return onHandDelta;
  }

  public int reservedDelta() {
    return reservedDelta;
  }

  public LotStatus statusAfter() {
    return statusAfter;
  }

  public String reason() {
    return reason;
  }

  public String note() {
    return note;
  }

  public String reference() {
    return reference;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
