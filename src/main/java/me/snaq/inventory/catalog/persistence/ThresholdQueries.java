package me.snaq.inventory.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import me.snaq.inventory.catalog.StockThreshold;
import me.snaq.inventory.shared.database.Jdbc;

/** Low-stock thresholds per brand and product, and the terms the stock.low check works from. */
@ApplicationScoped
public class ThresholdQueries {
  private final Jdbc jdbc;

  public ThresholdQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StockThreshold> find(String brand, String sku) {
    return jdbc.first(
        """
        SELECT brand_code, sku, threshold, updated_at FROM catalog_stock_threshold
        WHERE brand_code = ? AND sku = ?
        """,
        ThresholdQueries::threshold,
        brand,
        sku);
  }

  /** {@code limit + 1} thresholds of the brand in SKU order after {@code afterSku}. */
  public List<StockThreshold> page(String brand, String afterSku, int limit) {
    return jdbc.list(
        """
        SELECT brand_code, sku, threshold, updated_at FROM catalog_stock_threshold
        WHERE brand_code = ? AND (CAST(? AS varchar) IS NULL OR sku > ?)
        ORDER BY sku LIMIT ?
        """,
        ThresholdQueries::threshold,
        brand,
        afterSku,
        afterSku,
        limit + 1);
  }

  /** Sets the threshold; returns whether it was new. */
  public boolean upsert(String brand, String sku, int threshold, Instant now) {
    return jdbc.list(
            """
            INSERT INTO catalog_stock_threshold (brand_code, sku, threshold, updated_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (brand_code, sku)
              DO UPDATE SET threshold = EXCLUDED.threshold, updated_at = EXCLUDED.updated_at
            RETURNING (xmax = 0)
            """,
            row -> row.getBoolean(1),
            brand,
            sku,
            threshold,
            now)
        .get(0);
  }

  public boolean delete(String brand, String sku) {
    return jdbc.update(
            "DELETE FROM catalog_stock_threshold WHERE brand_code = ? AND sku = ?", brand, sku)
        == 1;
  }

  /**
   * Every (brand, product) that has a threshold now: the product's own, else the brand's default,
   * for active brands and the active products eligible for them.
   */
  public List<StockThreshold> inForce() {
    return jdbc.list(
        """
        SELECT e.brand_code, e.sku, coalesce(t.threshold, b.low_stock_threshold), now()
        FROM catalog_eligibility e
        JOIN catalog_brand b ON b.code = e.brand_code
        JOIN catalog_product p ON p.sku = e.sku
        LEFT JOIN catalog_stock_threshold t ON t.brand_code = e.brand_code AND t.sku = e.sku
        WHERE b.active AND p.status = 'ACTIVE'
          AND coalesce(t.threshold, b.low_stock_threshold) IS NOT NULL
        ORDER BY e.brand_code, e.sku
        """,
        ThresholdQueries::threshold);
  }

  private static StockThreshold threshold(ResultSet row) throws SQLException {
    return new StockThreshold(
        row.getString(1), row.getString(2), row.getInt(3), row.getTimestamp(4).toInstant());
  }
}
