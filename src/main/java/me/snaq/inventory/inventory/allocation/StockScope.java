package me.snaq.inventory.inventory.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.inventory.allocation.AllocationIntake.Accepted;

/**
 * The stock orders may draw on: their products (in SKU order, the locking order), the lots of the
 * house and of their brands that may own stock, good through the earliest floor date among them,
 * and the quotas on the products. Quotas are the catalog's terms, read before the products are
 * locked to keep the locks short (a change to them is as if made a moment later).
 */
record StockScope(List<String> skus, List<String> owners, LocalDate from, List<QuotaInfo> quotas) {
  static StockScope of(List<Accepted> accepted, List<QuotaInfo> quotas) {
    Set<String> owners = new TreeSet<>(List.of(HouseBrand.CODE));
    LocalDate from = LocalDate.MAX;
    for (Accepted order : accepted) {
      if (order.brand().mayOwnStock()) {
        owners.add(order.brand().code());
      }
      for (String sku : order.products().keySet()) {
        LocalDate floor = order.floorDate(sku);
        from = floor.isBefore(from) ? floor : from;
      }
    }
    List<String> skus =
        accepted.stream().flatMap(a -> a.products().keySet().stream()).distinct().sorted().toList();
    return new StockScope(skus, List.copyOf(owners), from, quotas);
  }
}
