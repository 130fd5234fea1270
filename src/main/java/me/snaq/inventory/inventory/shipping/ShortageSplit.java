package me.snaq.inventory.inventory.shipping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.ReportedShortage;
import me.snaq.inventory.inventory.ShipExceptionReason;
import me.snaq.inventory.inventory.domain.ShipException;
import me.snaq.inventory.inventory.domain.ShortageNotInBoxException;
import me.snaq.inventory.inventory.persistence.ShippingQueries.Pick;

/**
 * Which of a box's picked units ship and which a packer reported short (DAMAGED, MISSING): the
 * shortage comes off the named lot, or off the SKU's picks in pick-list order. Pure; refuses a
 * shortage the box cannot hold, so a wrong report changes nothing.
 */
public final class ShortageSplit {
  private ShortageSplit() {}

  /** The units that ship, per pick, and the units that do not, per lot and reason. */
  public record Split(List<Pick> shipped, List<ShipException> exceptions) {
    /** The distinct reasons, in enum order, joined by a comma; null when nothing was short. */
    public String shortReason() {
      return exceptions.isEmpty()
          ? null
          : exceptions.stream()
              .map(ShipException::reason)
              .distinct()
              .sorted()
              .map(ShipExceptionReason::name)
              .reduce((a, b) -> a + "," + b)
              .orElseThrow();
    }
  }

  /** Splits one box's picks by the shortages reported for it. */
  public static Split split(long allocationId, List<Pick> picks, List<ReportedShortage> reported) {
    Map<Long, Integer> left = new LinkedHashMap<>();
    picks.forEach(p -> left.put(p.lotId(), p.quantity()));
    Map<String, ShipException> exceptions = new LinkedHashMap<>();
    for (ReportedShortage shortage : reported) {
      List<Pick> candidates =
          picks.stream()
              .filter(p -> p.sku().equals(shortage.sku()))
              .filter(p -> shortage.lotId() == null || shortage.lotId() == p.lotId())
              .toList();
      int available = candidates.stream().mapToInt(p -> left.get(p.lotId())).sum();
      if (shortage.quantity() > available) {
        String where = shortage.lotId() == null ? "its lots" : "lot " + shortage.lotId();
        throw new ShortageNotInBoxException(
            allocationId, shortage.sku(), available, where, shortage.quantity());
      }
      int owed = shortage.quantity();
      for (Pick pick : candidates) {
        int take = Math.min(owed, left.get(pick.lotId()));
        if (take == 0) {
          continue;
        }
        left.merge(pick.lotId(), -take, Integer::sum);
        owed -= take;
        exceptions.merge(
            pick.lotId() + "/" + shortage.reason(),
            new ShipException(pick.sku(), pick.lotId(), shortage.reason(), take),
            (a, b) -> new ShipException(a.sku(), a.lotId(), a.reason(), a.quantity() + take));
      }
    }
    List<Pick> shipped = new ArrayList<>();
    for (Pick pick : picks) {
      int units = left.get(pick.lotId());
      if (units > 0) {
        shipped.add(new Pick(pick.allocationId(), pick.sku(), pick.lotId(), units, pick.owner()));
      }
    }
    return new Split(shipped, List.copyOf(exceptions.values()));
  }
}
