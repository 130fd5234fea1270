package me.snaq.inventory.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One brand allowed to use one product. */
@Entity
@Table(name = "catalog_eligibility")
@IdClass(Eligibility.Key.class)
public class Eligibility {
  @Id private String sku;

  @Id
  @Column(name = "brand_code")
  private String brandCode;

  protected Eligibility() {}

  public Eligibility(String sku, String brandCode) {
    this.sku = sku;
    this.brandCode = brandCode;
  }

  public String sku() {
    return sku;
  }

  public String brandCode() {
    return brandCode;
  }

  /** Composite key of a row. */
  public static class Key implements Serializable {
    private String sku;
    private String brandCode;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(sku, key.sku)
          && Objects.equals(brandCode, key.brandCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sku, brandCode);
    }
  }
}
