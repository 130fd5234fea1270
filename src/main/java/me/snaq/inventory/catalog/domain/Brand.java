package me.snaq.inventory.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import me.snaq.inventory.catalog.BrandDetails;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.catalog.ReservedBrandException;

/** A brand drawing on the warehouse; see {@link BrandKind}. The code never changes. */
@Entity
@Table(name = "catalog_brand")
public class Brand {

  @Id private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private BrandKind kind;

  private boolean active;

  @Column(name = "min_remaining_days")
  private Integer minRemainingDays;

  @Column(name = "low_stock_threshold")
  private Integer lowStockThreshold;

  @Column(name = "run_allocation_events")
  private boolean runAllocationEvents;

  @Version private long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Brand() {}

  /** A new box line or partner; the house exists from the first migration and is not created. */
  public static Brand create(BrandDetails details, String code, BrandKind kind, Instant now) {
    if (HouseBrand.CODE.equals(code) || kind == BrandKind.HOUSE) {
      throw new ReservedBrandException(code);
    }
    Brand brand = new Brand();
    brand.code = code;
    brand.kind = kind;
    brand.createdAt = now;
    brand.change(details, now);
    return brand;
  }

  /** Renames, (de)activates or changes the brand's own shelf-life policy. */
  public void change(BrandDetails details, Instant now) {
    if (isHouse()) {
      throw new ReservedBrandException(code);
    }
    this.name = details.name();
    this.active = details.active();
    this.minRemainingDays = details.minRemainingDays();
    this.lowStockThreshold = details.lowStockThreshold();
    this.runAllocationEvents = details.runAllocationEvents();
    this.updatedAt = now;
  }

  public boolean isHouse() {
    return kind == BrandKind.HOUSE;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public BrandKind kind() {
    return kind;
  }

  public boolean active() {
    return active;
  }

  public Integer minRemainingDays() {
    return minRemainingDays;
  }

  public Integer lowStockThreshold() {
    return lowStockThreshold;
  }

  public boolean runAllocationEvents() {
    return runAllocationEvents;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
