package me.snaq.inventory.catalog.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.snaq.inventory.catalog.AllocationTerms;
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
  private final ObjectMapper json;

  public CatalogQueries(Jdbc jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Everything an allocation checks in the catalog, for any number of brands and products, in one
   * statement: the brands, the products, which of the products each brand may use, and every
   * brand's quota on them.
   */
  public Jdbc.Read<AllocationTerms> allocationTerms(
      Collection<String> brandCodes, Collection<String> skus) {
    String[] brands = brandCodes.toArray(String[]::new);
    String[] products = skus.toArray(String[]::new);
    return new Jdbc.Read<>(
        "SELECT (SELECT json_agg(json_build_array(code, kind, active, min_remaining_days))"
            + " FROM catalog_brand WHERE code = ANY(?)),"
            + " (SELECT json_agg(json_build_array(sku, name, category, ingredients,"
            + " min_remaining_days, status)) FROM catalog_product WHERE sku = ANY(?)),"
            + " (SELECT json_agg(json_build_array(brand_code, sku)) FROM catalog_eligibility"
            + " WHERE brand_code = ANY(?) AND sku = ANY(?)),"
            + " (SELECT json_agg(json_build_array(brand_code, sku, reserved_units,"
            + " limit_units)) FROM catalog_quota WHERE sku = ANY(?))",
        new Object[] {brands, products, brands, products, products},
        rows -> {
          rows.next();
          return allocationTerms(
              new String[] {
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)
              });
        });
  }

  private AllocationTerms allocationTerms(String[] columns) {
    Map<String, BrandInfo> brandsByCode = new HashMap<>();
    rows(columns[0])
        .forEach(
            b ->
                brandsByCode.put(
                    b.get(0).asText(),
                    new BrandInfo(
                        b.get(0).asText(),
                        BrandKind.valueOf(b.get(1).asText()),
                        b.get(2).asBoolean(),
                        b.get(3).isNull() ? null : b.get(3).asInt())));
    Map<String, ProductInfo> productsBySku = new HashMap<>();
    rows(columns[1])
        .forEach(
            p -> {
              List<String> ingredients = new ArrayList<>();
              p.get(3).forEach(i -> ingredients.add(i.asText()));
              productsBySku.put(
                  p.get(0).asText(),
                  new ProductInfo(
                      p.get(0).asText(),
                      p.get(1).asText(),
                      p.get(2).asText(),
                      List.copyOf(ingredients),
                      p.get(4).asInt(),
                      ProductStatus.valueOf(p.get(5).asText())));
            });
    Map<String, Set<String>> eligible = new HashMap<>();
    rows(columns[2])
        .forEach(
            e ->
                eligible
                    .computeIfAbsent(e.get(0).asText(), b -> new HashSet<>())
                    .add(e.get(1).asText()));
    List<QuotaInfo> quotas = new ArrayList<>();
    rows(columns[3])
        .forEach(
            q ->
                quotas.add(
                    new QuotaInfo(
                        q.get(0).asText(),
                        q.get(1).asText(),
                        q.get(2).asInt(),
                        q.get(3).isNull() ? null : q.get(3).asInt())));
    return new AllocationTerms(brandsByCode, productsBySku, eligible, quotas);
  }

  /** The rows of a {@code json_agg} of arrays; none for SQL NULL (no rows aggregated). */
  private List<JsonNode> rows(String column) {
    if (column == null) {
      return List.of();
    }
    try {
      List<JsonNode> rows = new ArrayList<>();
      json.readTree(column).forEach(rows::add);
      return rows;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the catalog's rows could not be read", e);
    }
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
