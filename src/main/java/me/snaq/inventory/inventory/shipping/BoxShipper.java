package me.snaq.inventory.inventory.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.inventory.AllocationShipped;
import me.snaq.inventory.inventory.BoxesShipped;
import me.snaq.inventory.inventory.ReportedShortage;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.inventory.domain.ShipException;
import me.snaq.inventory.inventory.events.AllocationEvents;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.HouseClaims;
import me.snaq.inventory.inventory.persistence.LedgerWriter;
import me.snaq.inventory.inventory.persistence.LotReservations;
import me.snaq.inventory.inventory.persistence.ProductLocks;
import me.snaq.inventory.inventory.persistence.ShippingQueries;
import me.snaq.inventory.inventory.persistence.ShippingQueries.Box;
import me.snaq.inventory.inventory.persistence.ShippingQueries.HeldPick;
import me.snaq.inventory.inventory.persistence.ShippingQueries.Pick;
import me.snaq.inventory.webhook.WebhookEventType;

/**
 * Ships allocations, one or a batch, in the caller's transaction and a fixed number of statements:
 * locks (products in SKU order, then allocations, then their lots), the decision, then the units
 * leave on hand with one SHIP movement per lot (units reported short: one ADJUST per lot and
 * reason), the house claims end and the delivery history records what each box took. The one home
 * of shipping: a single box ships through here too.
 */
@ApplicationScoped
public class BoxShipper {
  private final ShippingQueries queries;
  private final AllocationRepository allocations;
  private final ProductLocks locks;
  private final LotReservations lots;
  private final LedgerWriter ledger;
  private final HouseClaims houseClaims;
  private final Event<BoxesShipped> shipped;
  private final AllocationEvents events;

  public BoxShipper(
      ShippingQueries queries,
      AllocationRepository allocations,
      ProductLocks locks,
      LotReservations lots,
      LedgerWriter ledger,
      HouseClaims houseClaims,
      Event<BoxesShipped> shipped,
      AllocationEvents events) {
    this.queries = queries;
    this.allocations = allocations;
    this.locks = locks;
    this.lots = lots;
    this.ledger = ledger;
    this.houseClaims = houseClaims;
    this.shipped = shipped;
    this.events = events;
  }

  /**
   * Ships those of {@code ids} that may ship; returns a verdict for each, in order.
   *
   * @param scope which allocations the request may touch (others are NOT_FOUND)
   * @param reference the movements' reference ({@code allocation:<id>}, {@code shipment:<id>})
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<ShipDecision.Verdict> ship(
      List<Long> ids, ShipDecision.Scope scope, String actor, String reference, Instant now) {
    return ship(ids, Map.of(), scope, actor, reference, now);
  }

  /**
   * Ships those of {@code ids} that may ship, each without the units reported short for it: those
   * leave stock as ADJUST movements with the reason, and the box is marked short. A shortage the
   * box cannot hold throws before anything changes.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<ShipDecision.Verdict> ship(
      List<Long> ids,
      Map<Long, List<ReportedShortage>> shortages,
      ShipDecision.Scope scope,
      String actor,
      String reference,
      Instant now) {
    locks.lock(allocations.skusOf(ids));
    List<Box> boxes = queries.lockBoxes(ids);
    List<Pick> picks = queries.picksOf(ids);
    Map<Long, String> heldLots =
        queries.lockLotsAndFindHeld(new TreeSet<>(picks.stream().map(Pick::lotId).toList()));
    List<HeldPick> held =
        picks.stream()
            .filter(p -> heldLots.containsKey(p.lotId()))
            .map(p -> new HeldPick(p.allocationId(), p.lotId(), heldLots.get(p.lotId())))
            .toList();
    List<ShipDecision.Verdict> verdicts = ShipDecision.decide(ids, boxes, held, scope, now);
    Set<Long> shipping =
        verdicts.stream()
            .filter(ShipDecision.Verdict::ships)
            .map(ShipDecision.Verdict::allocationId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (shipping.isEmpty()) {
      return verdicts;
    }
    Map<Long, Box> byId = new HashMap<>();
    boxes.forEach(b -> byId.put(b.id(), b));
    Map<Long, List<Pick>> picksByBox = new LinkedHashMap<>();
    picks.stream()
        .filter(p -> shipping.contains(p.allocationId()))
        .forEach(p -> picksByBox.computeIfAbsent(p.allocationId(), id -> new ArrayList<>()).add(p));
    Map<Long, Integer> leaving = new TreeMap<>();
    Map<Long, Integer> shippedPerLot = new TreeMap<>();
    List<ShipException> writeOffs = new ArrayList<>();
    Map<String, Map<String, Integer>> houseUnits = new TreeMap<>();
    Map<Long, List<String>> skusByBox = new LinkedHashMap<>();
    for (Map.Entry<Long, List<Pick>> box : picksByBox.entrySet()) {
      String brand = byId.get(box.getKey()).brand();
      for (Pick pick : box.getValue()) {
        leaving.merge(pick.lotId(), pick.quantity(), Integer::sum);
        if (HouseBrand.CODE.equals(pick.owner())) {
          houseUnits
              .computeIfAbsent(brand, b -> new TreeMap<>())
              .merge(pick.sku(), pick.quantity(), Integer::sum);
        }
      }
      ShortageSplit.Split split =
          ShortageSplit.split(
              box.getKey(), box.getValue(), shortages.getOrDefault(box.getKey(), List.of()));
      List<String> skus = skusByBox.computeIfAbsent(box.getKey(), id -> new ArrayList<>());
      for (Pick pick : split.shipped()) {
        shippedPerLot.merge(pick.lotId(), pick.quantity(), Integer::sum);
        if (!skus.contains(pick.sku())) {
          skus.add(pick.sku());
        }
      }
      if (!split.exceptions().isEmpty()) {
        writeOffs.addAll(split.exceptions());
        queries.recordShortages(box.getKey(), split.exceptions(), split.shortReason());
      }
    }
    queries.markShipped(List.copyOf(shipping), now);
    events.publish(WebhookEventType.ALLOCATION_SHIPPED, shipping);
    lots.shipAll(leaving, now);
    ledger.appendPerLot(shippedPerLot, MovementType.SHIP, reference, actor, now);
    ledger.appendWriteOffs(writeOffs, reference, actor, now);
    houseClaims.change(houseUnits, -1);
    shipped.fire(
        new BoxesShipped(
            shipping.stream()
                .map(byId::get)
                .map(
                    box ->
                        new AllocationShipped(
                            box.id(),
                            box.brand(),
                            box.subscriberId(),
                            box.deliveryDate(),
                            skusByBox.getOrDefault(box.id(), List.of())))
                .toList()));
    return verdicts;
  }
}
