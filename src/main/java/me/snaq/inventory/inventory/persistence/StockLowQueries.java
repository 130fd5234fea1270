package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.UnnestRows;

/**
 * Which (brand, product) pairs are below their low-stock threshold now, and the lock that lets one
 * replica at a time compare availability with the thresholds.
 */
@ApplicationScoped
public class StockLowQueries {
  /** The advisory lock's key: "stock-low" as a number, taken for one transaction. */
  private static final long LOCK = 0x73746f636b6c6f77L;

  private final Jdbc jdbc;

  public StockLowQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A pair below its threshold (or about to be recorded so). */
  public record Below(String brand, String sku, int available, int threshold) {}

  /** Whether this transaction took the check's lock (another replica may hold it). */
  public boolean tryLock() {
    return jdbc.list("SELECT pg_try_advisory_xact_lock(?)", row -> row.getBoolean(1), LOCK).get(0);
  }

  /** The newest ledger row: no new one, no change of stock since the last look. */
  public long lastMovementId() {
    return jdbc.list("SELECT coalesce(max(id), 0) FROM inventory_movement", row -> row.getLong(1))
        .get(0);
  }

  public List<Below> below() {
    return jdbc.list(
        "SELECT brand_code, sku, available, threshold FROM inventory_stock_low",
        row -> new Below(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)));
  }

  public void record(List<Below> crossed, Instant now) {
    if (crossed.isEmpty()) {
      return;
    }
    UnnestRows<Below> rows =
        new UnnestRows<>(crossed)
            .column("brand", Below::brand, String[]::new)
            .column("sku", Below::sku, String[]::new)
            .column("available", Below::available, Integer[]::new)
            .column("threshold", Below::threshold, Integer[]::new);
    List<Object> parameters = new ArrayList<>();
    parameters.add(now);
    parameters.addAll(rows.parameters());
    jdbc.update(
        """
        INSERT INTO inventory_stock_low (brand_code, sku, available, threshold, since)
        SELECT t.brand, t.sku, t.available, t.threshold, ? FROM %s
        ON CONFLICT DO NOTHING
        """
            .formatted(rows.as("t")),
        parameters.toArray());
  }

  public void clear(List<Below> recovered) {
    if (recovered.isEmpty()) {
      return;
    }
    jdbc.update(
        """
        DELETE FROM inventory_stock_low s USING unnest(?, ?) AS t(brand, sku)
        WHERE s.brand_code = t.brand AND s.sku = t.sku
        """,
        recovered.stream().map(Below::brand).toArray(String[]::new),
        recovered.stream().map(Below::sku).toArray(String[]::new));
  }
}
