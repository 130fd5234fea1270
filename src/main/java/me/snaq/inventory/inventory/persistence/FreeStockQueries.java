package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.FreeStock;
import me.snaq.inventory.shared.database.Jdbc;

/** The free stock an allocation decides from: FEFO lots and the house units brands hold. */
@ApplicationScoped
public class FreeStockQueries {
  private final Jdbc jdbc;

  public FreeStockQueries(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the products ({@link ProductLocks}) and reads their free stock ({@link #read}) in one
   * round trip: the read runs once every lock is held, so it sees all the previous holders
   * committed.
   */
  public FreeStock lockAndRead(
      List<String> sortedSkus,
      List<String> owners,
      LocalDate usableFrom,
      Instant now,
      List<QuotaInfo> quotas) {
    Jdbc.Read<FreeStock> free = freeStockRead(sortedSkus, owners, usableFrom, now, quotas);
    return jdbc.readAll(List.of(ProductLocks.lockRead(sortedSkus), free)).of(free);
  }

  /**
   * The free stock of these products in one statement: the lots of these owners that are available,
   * have free units and are good through {@code usableFrom}, per product in FEFO order (earliest
   * best-before, then earliest receipt); and the house units each brand holds.
   */
  public FreeStock read(
      List<String> skus,
      List<String> owners,
      LocalDate usableFrom,
      Instant now,
      List<QuotaInfo> quotas) {
    return jdbc.read(freeStockRead(skus, owners, usableFrom, now, quotas));
  }

  private static Jdbc.Read<FreeStock> freeStockRead(
      List<String> skus,
      List<String> owners,
      LocalDate usableFrom,
      Instant now,
      List<QuotaInfo> quotas) {
    String[] products = skus.toArray(String[]::new);
    String sql =
        """
        WITH %s
        SELECT id, lot_code, owner, best_before, received_at, location,
          on_hand - reserved AS free, sku, NULL AS claim_brand FROM inventory_lot
        WHERE sku = ANY(?) AND status = 'AVAILABLE' AND best_before >= ?
          AND owner = ANY(?) AND on_hand > reserved
        UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, claims.*
        FROM (SELECT units, sku, brand_code FROM (%s) AS c(sku, brand_code, units)) claims
        ORDER BY 8, 4, 5, 1
        """
            .formatted(StockQueries.LAPSED, StockQueries.HOUSE_CLAIMS);
    return new Jdbc.Read<>(
        sql,
        new Object[] {now, products, usableFrom, owners.toArray(String[]::new), products},
        rows -> {
          Map<String, List<FefoLot>> lots = new HashMap<>();
          Map<String, Map<String, Integer>> houseHeld = new HashMap<>();
          while (rows.next()) {
            String sku = rows.getString(8);
            String claimBrand = rows.getString(9);
            if (claimBrand != null) {
              houseHeld.computeIfAbsent(sku, s -> new HashMap<>()).put(claimBrand, rows.getInt(7));
            } else {
              lots.computeIfAbsent(sku, s -> new ArrayList<>()).add(StockQueries.fefoLot(rows));
            }
          }
          return new FreeStock(lots, houseHeld, quotas);
        });
  }
}
