package me.snaq.inventory.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.catalog.ProductDetails;
import me.snaq.inventory.catalog.ProductStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A product (SKU). Its version also covers its eligibility, which is edited through it. */
@Entity
@Table(name = "catalog_product")
public class Product {
  @Id private String sku;
  private String name;
  private String category;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] ingredients;

  @Column(name = "min_remaining_days")
  private int minRemainingDays;

  @Enumerated(EnumType.STRING)
  private ProductStatus status;

  @Column(name = "new_product")
  private boolean newProduct;

  @Version private long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Product() {}

  public static Product create(String sku, ProductDetails details, Instant now) {
    Product product = new Product();
    product.sku = sku;
    product.createdAt = now;
    product.change(details, now);
    return product;
  }

  public void change(ProductDetails details, Instant now) {
    this.name = details.name();
    this.category = details.category();
    this.ingredients = details.ingredients().toArray(String[]::new);
    this.minRemainingDays = details.minRemainingDays();
    this.status = details.status();
    this.newProduct = details.newProduct();
    this.updatedAt = now;
  }

  /** Marks a change of eligibility, so the product's version and ETag move with it. */
  public void eligibilityChanged(Instant now) {
    this.updatedAt = now;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public String category() {
    return category;
  }

  public List<String> ingredients() {
    return List.of(ingredients);
  }

  public int minRemainingDays() {
    return minRemainingDays;
  }

  public ProductStatus status() {
    return status;
  }

  public boolean newProduct() {
    return newProduct;
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
