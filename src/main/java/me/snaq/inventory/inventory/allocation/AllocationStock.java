package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.events.AllocationEvents;
import me.snaq.inventory.inventory.persistence.HouseClaims;
import me.snaq.inventory.inventory.persistence.LedgerWriter;
import me.snaq.inventory.inventory.persistence.LotReservations;
import me.snaq.inventory.webhook.WebhookEventType;

/**
 * What an allocation ending does to stock: its units go back to their lots (with an UNRESERVE
 * movement each), and the house units it claimed leave its brand's claims. Released and lapsed
 * allocations end through here; shipped ones through BoxShipper.
 */
@ApplicationScoped
class AllocationStock {
  private final LotReservations lots;
  private final LedgerWriter ledger;
  private final HouseClaims houseClaims;
  private final AllocationEvents events;

  AllocationStock(
      LotReservations lots, LedgerWriter ledger, HouseClaims houseClaims, AllocationEvents events) {
    this.lots = lots;
    this.ledger = ledger;
    this.houseClaims = houseClaims;
    this.events = events;
  }

  /** Open allocations give their units back, in a fixed number of statements. */
  void giveBack(List<Allocation> given, String reason, String actor, Instant now) {
    if (given.isEmpty()) {
      return;
    }
    given.forEach(allocation -> allocation.release(reason, now));
    lots.unreserve(
        LotReservations.unitsPerLot(given.stream().flatMap(a -> a.picks().stream()).toList()), now);
    ledger.appendPerPickedLot(given, MovementType.UNRESERVE, actor, now);
    releaseHouseClaims(given);
    events.publish(WebhookEventType.ALLOCATION_RELEASED, idsIn(given, AllocationState.RELEASED));
    events.publish(WebhookEventType.ALLOCATION_EXPIRED, idsIn(given, AllocationState.EXPIRED));
  }

  private static List<Long> idsIn(List<Allocation> allocations, AllocationState state) {
    return allocations.stream().filter(a -> a.state() == state).map(Allocation::id).toList();
  }

  /** The house units these allocations took leave their brands' claims. */
  void releaseHouseClaims(Collection<Allocation> ended) {
    Map<String, Map<String, Integer>> houseUnits = new TreeMap<>();
    for (Allocation allocation : ended) {
      allocation.picks().stream()
          .filter(p -> HouseBrand.CODE.equals(p.owner()))
          .forEach(
              p ->
                  houseUnits
                      .computeIfAbsent(allocation.brand(), b -> new TreeMap<>())
                      .merge(p.sku(), p.quantity(), Integer::sum));
    }
    houseClaims.change(houseUnits, -1);
  }
}
