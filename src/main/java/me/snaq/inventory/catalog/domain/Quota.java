package me.snaq.inventory.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import me.snaq.inventory.catalog.QuotaTerms;

/**
 * A brand's terms on house stock of one product (DESIGN 3): {@code reserved} units ring-fenced for
 * it that other brands cannot take, and {@code limit}, the most house units it may hold allocated
 * at once (none when null).
 */
@Entity
@Table(name = "catalog_quota")
@IdClass(Quota.Key.class)
public class Quota {
  @Id
  @Column(name = "brand_code")
  private String brandCode;

  @Id private String sku;

  @Column(name = "reserved_units")
  private int reserved;

  @Column(name = "limit_units")
  private Integer limit;

  @Version private long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Quota() {}

  public static Quota create(String brandCode, String sku, QuotaTerms terms, Instant now) {
    Quota quota = new Quota();
    quota.brandCode = brandCode;
    quota.sku = sku;
    quota.change(terms, now);
    return quota;
  }

  public void change(QuotaTerms terms, Instant now) {
    this.reserved = terms.reserved();
    this.limit = terms.limit();
    this.updatedAt = now;
  }

  public String brandCode() {
    return brandCode;
  }

  public String sku() {
    return sku;
  }

  public int reserved() {
    return reserved;
  }

  public Integer limit() {
    return limit;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Composite key of a row. */
  public static class Key implements Serializable {
    private String brandCode;
    private String sku;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(brandCode, key.brandCode)
          && Objects.equals(sku, key.sku);
    }

    @Override
    public int hashCode() {
      return Objects.hash(brandCode, sku);
    }
  }
}
