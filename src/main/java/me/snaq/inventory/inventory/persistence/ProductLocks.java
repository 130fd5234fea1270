package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * Per-product locks: reservation decisions are serialized per product (quotas and ring-fences are
 * per product) for the rest of the transaction.
 */
@ApplicationScoped
public class ProductLocks {
  private final Jdbc jdbc;

  public ProductLocks(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks these products until the transaction ends. Callers pass SKUs sorted, so two allocations
   * never wait on each other in opposite orders; one statement locks them in that order.
   */
  public void lock(List<String> sortedSkus) {
    if (sortedSkus.isEmpty()) {
      return;
    }
    jdbc.read(lockRead(sortedSkus));
  }

  /** The lock as a read, to send in one round trip with the reads that must follow it. */
  static Jdbc.Read<Void> lockRead(List<String> sortedSkus) {
    return new Jdbc.Read<>(
        """
        SELECT count(pg_advisory_xact_lock(hashtext('inventory-product:' || s.sku)))
        FROM (SELECT sku FROM unnest(CAST(? AS varchar[])) WITH ORDINALITY AS u(sku, n)
          ORDER BY n) s
        """,
        new Object[] {sortedSkus.toArray(String[]::new)},
        rows -> null);
  }
}
