package me.snaq.inventory.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.catalog.domain.BrandKind;
import me.snaq.inventory.catalog.domain.ProductStatus;
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

  private static final String BRAND_COLUMNS = "SELECT code, kind, active, min_remaining_days";

  public Optional<BrandInfo> brand(String code) {
    return jdbc.first(
        BRAND_COLUMNS + " FROM catalog_brand WHERE code = ?", CatalogQueries::brand, code);
  }

  /** The brands with these codes, by code; unknown codes are absent. */
  public Map<String, BrandInfo> brands(Collection<String> codes) {
    Map<String, BrandInfo> byCode = new HashMap<>();
    jdbc.list(
            BRAND_COLUMNS + " FROM catalog_brand WHERE code = ANY(?)",
            CatalogQueries::brand,
            (Object) codes.toArray(String[]::new))
        .forEach(brand -> byCode.put(brand.code(), brand));
    return byCode;
  }

  /** Every SKU each of these brands may use, by brand (brands with none are absent). */
  public Map<String, Set<String>> eligibleSkusByBrand(Collection<String> brandCodes) {
    Map<String, Set<String>> byBrand = new HashMap<>();
    jdbc.list(
            "SELECT brand_code, sku FROM catalog_eligibility WHERE brand_code = ANY(?)",
            row -> new String[] {row.getString(1), row.getString(2)},
            (Object) brandCodes.toArray(String[]::new))
        .forEach(row -> byBrand.computeIfAbsent(row[0], b -> new HashSet<>()).add(row[1]));
    return byBrand;
  }

  private static BrandInfo brand(java.sql.ResultSet row) throws SQLException {
    return new BrandInfo(
        row.getString(1),
        BrandKind.valueOf(row.getString(2)),
        row.getBoolean(3),
        (Integer) row.getObject(4));
  }

  public Map<String, ProductInfo> products(Collection<String> skus) {
    Map<String, ProductInfo> bySku = new HashMap<>();
    jdbc.list(
            "SELECT sku, name, category, ingredients, min_remaining_days, status"
                + " FROM catalog_product WHERE sku = ANY(?)",
            row ->
                new ProductInfo(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    strings(row.getArray(4)),
                    row.getInt(5),
                    ProductStatus.valueOf(row.getString(6))),
            (Object) skus.toArray(String[]::new))
        .forEach(product -> bySku.put(product.sku(), product));
    return bySku;
  }

  public Map<String, Set<String>> eligibleSkus(
      Collection<String> skus, Collection<String> brandCodes) {
    Map<String, Set<String>> byBrand = new HashMap<>();
    jdbc.list(
            "SELECT brand_code, sku FROM catalog_eligibility"
                + " WHERE brand_code = ANY(?) AND sku = ANY(?)",
            row -> new String[] {row.getString(1), row.getString(2)},
            brandCodes.toArray(String[]::new),
            skus.toArray(String[]::new))
        .forEach(row -> byBrand.computeIfAbsent(row[0], b -> new HashSet<>()).add(row[1]));
    return byBrand;
  }

  public List<QuotaInfo> quotas(Collection<String> skus) {
    return jdbc.list(
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
