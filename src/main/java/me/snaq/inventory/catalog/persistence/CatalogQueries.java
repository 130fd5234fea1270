package me.snaq.inventory.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.snaq.inventory.catalog.AllocationTerms;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The catalog reads other modules make on every allocation, written for the database: one statement
 * per question with the SKUs as one array parameter, so one plan serves any number of them and no
 * query is interpreted per call. They read committed rows only: the catalog's own writes go through
 * its repositories, never in the same transaction as these reads.
 */
@ApplicationScoped
public class CatalogQueries {
  private final Jdbc jdbc;

  public CatalogQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Everything an allocation checks in the catalog, for any number of brands and products: the
   * reads of the brands, the products, which of the products each brand may use, and every brand's
   * quota on them, to be sent together (with reads of the caller's own).
   */
  public AllocationTerms.Reads allocationTerms(
      Collection<String> brandCodes, Collection<String> skus) {
    return new AllocationTerms.Reads(
        brandsRead(brandCodes),
        productsRead(skus),
        eligibilityRead(brandCodes, skus),
        quotasRead(skus));
  }

  private static final String BRAND_COLUMNS =
      "SELECT code, kind, active, min_remaining_days, low_stock_threshold, run_allocation_events";

  public Optional<BrandInfo> brand(String code) {
    return jdbc.first(
        BRAND_COLUMNS + " FROM catalog_brand WHERE code = ?", CatalogQueries::brand, code);
  }

  public Set<String> brandsWithRunAllocationEvents() {
    return Set.copyOf(
        jdbc.list(
            "SELECT code FROM catalog_brand WHERE run_allocation_events", row -> row.getString(1)));
  }

  /** The brands with these codes, by code; unknown codes are absent. */
  public Map<String, BrandInfo> brands(Collection<String> codes) {
    return jdbc.read(brandsRead(codes));
  }

  private static Jdbc.Read<Map<String, BrandInfo>> brandsRead(Collection<String> codes) {
    return new Jdbc.Read<>(
        BRAND_COLUMNS + " FROM catalog_brand WHERE code = ANY(?)",
        new Object[] {codes.toArray(String[]::new)},
        rows -> {
          Map<String, BrandInfo> byCode = new HashMap<>();
          while (rows.next()) {
            BrandInfo brand = brand(rows);
            byCode.put(brand.code(), brand);
          }
          return byCode;
        });
  }

  /** Every SKU each of these brands may use, by brand (brands with none are absent). */
  public Map<String, Set<String>> eligibleSkusByBrand(Collection<String> brandCodes) {
    return jdbc.read(
        new Jdbc.Read<>(
            "SELECT brand_code, sku FROM catalog_eligibility WHERE brand_code = ANY(?)",
            new Object[] {brandCodes.toArray(String[]::new)},
            CatalogQueries::skusByBrand));
  }

  /** Which of these products each of these brands may use, by brand. */
  private static Jdbc.Read<Map<String, Set<String>>> eligibilityRead(
      Collection<String> brandCodes, Collection<String> skus) {
    return new Jdbc.Read<>(
        "SELECT brand_code, sku FROM catalog_eligibility WHERE brand_code = ANY(?) AND sku = ANY(?)",
        new Object[] {brandCodes.toArray(String[]::new), skus.toArray(String[]::new)},
        CatalogQueries::skusByBrand);
  }

  private static Map<String, Set<String>> skusByBrand(ResultSet rows) throws SQLException {
    Map<String, Set<String>> byBrand = new HashMap<>();
    while (rows.next()) {
      byBrand.computeIfAbsent(rows.getString(1), b -> new HashSet<>()).add(rows.getString(2));
    }
    return byBrand;
  }

  private static BrandInfo brand(ResultSet row) throws SQLException {
    return new BrandInfo(
        row.getString(1),
        BrandKind.valueOf(row.getString(2)),
        row.getBoolean(3),
        (Integer) row.getObject(4),
        (Integer) row.getObject(5),
        row.getBoolean(6));
  }

  public Map<String, ProductInfo> products(Collection<String> skus) {
    return jdbc.read(productsRead(skus));
  }

  private static Jdbc.Read<Map<String, ProductInfo>> productsRead(Collection<String> skus) {
    return new Jdbc.Read<>(
        """
        SELECT sku, name, category, ingredients, min_remaining_days, status
        FROM catalog_product WHERE sku = ANY(?)
        """,
        new Object[] {skus.toArray(String[]::new)},
        rows -> {
          Map<String, ProductInfo> bySku = new HashMap<>();
          while (rows.next()) {
            bySku.put(
                rows.getString(1),
                new ProductInfo(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    strings(rows.getArray(4)),
                    rows.getInt(5),
                    ProductStatus.valueOf(rows.getString(6))));
          }
          return bySku;
        });
  }

  public List<QuotaInfo> quotas(Collection<String> skus) {
    return jdbc.read(quotasRead(skus));
  }

  private static Jdbc.Read<List<QuotaInfo>> quotasRead(Collection<String> skus) {
    return Jdbc.Read.list(
        "SELECT brand_code, sku, reserved_units, limit_units FROM catalog_quota WHERE sku = ANY(?)",
        row ->
            new QuotaInfo(
                row.getString(1), row.getString(2), row.getInt(3), (Integer) row.getObject(4)),
        (Object) skus.toArray(String[]::new));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }
}
