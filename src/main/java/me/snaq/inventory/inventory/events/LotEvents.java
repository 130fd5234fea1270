package me.snaq.inventory.inventory.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotUse;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.webhook.OutboxEvent;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * The {@code lot.*} webhook events, in the transaction of the lot's change: {@code {id, sku,
 * lotCode, owner, bestBefore, location, onHand, reserved, status}} and what the change adds (the
 * expiry job's events, written by its own statement, have the same shape: {@code ExpiryQueries}). A
 * partner's lot is that brand's event; a house lot belongs to no selling brand, so only endpoints
 * of every brand hear of it. A recall also tells each brand whose allocations took the lot of its
 * own allocations.
 */
@ApplicationScoped
public class LotEvents {
  private final WebhookOutboxService outbox;

  public LotEvents(WebhookOutboxService outbox) {
    this.outbox = outbox;
  }

  /** lot.received, lot.held or lot.unheld for a change just made; other changes send none. */
  public void changed(Lot lot, MovementType change) {
    WebhookEventType type =
        switch (change) {
          case RECEIVE -> WebhookEventType.LOT_RECEIVED;
          case HOLD -> WebhookEventType.LOT_HELD;
          case UNHOLD -> WebhookEventType.LOT_UNHELD;
          default -> null;
        };
    if (type != null) {
      outbox.publish(OutboxEvent.of(type, brandOf(lot.owner()), data(lot)));
    }
  }

  /**
   * lot.recalled: the whole event, with every open allocation the lot served, for the lot's owner;
   * and to each other brand among them, the same with only its own allocations.
   */
  public void recalled(Lot lot, String reason, List<LotUse> open) {
    Map<String, List<Map<String, Object>>> byBrand = new TreeMap<>();
    List<Map<String, Object>> all = new ArrayList<>();
    for (LotUse use : open) {
      Map<String, Object> allocation = new LinkedHashMap<>();
      allocation.put("id", use.allocationId());
      allocation.put("brand", use.brand());
      allocation.put("reference", use.reference());
      allocation.put("subscriberId", use.subscriberId());
      allocation.put("deliveryDate", use.deliveryDate());
      allocation.put("state", use.state());
      allocation.put("quantity", use.quantity());
      allocation.values().removeIf(Objects::isNull);
      all.add(allocation);
      byBrand.computeIfAbsent(use.brand(), b -> new ArrayList<>()).add(allocation);
    }
    String owner = brandOf(lot.owner());
    List<OutboxEvent> events = new ArrayList<>();
    events.add(OutboxEvent.of(WebhookEventType.LOT_RECALLED, owner, recall(lot, reason, all)));
    byBrand.forEach(
        (brand, own) -> {
          if (!brand.equals(owner)) {
            events.add(
                OutboxEvent.brandView(
                    WebhookEventType.LOT_RECALLED, brand, recall(lot, reason, own)));
          }
        });
    outbox.publish(events);
  }

  private static Map<String, Object> recall(
      Lot lot, String reason, List<Map<String, Object>> allocations) {
    Map<String, Object> data = data(lot);
    data.put("reason", reason);
    data.put("allocations", allocations);
    return data;
  }

  private static Map<String, Object> data(Lot lot) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", lot.id());
    data.put("sku", lot.sku());
    data.put("lotCode", lot.lotCode());
    data.put("owner", lot.owner());
    data.put("bestBefore", lot.bestBefore());
    data.put("location", lot.location());
    data.put("onHand", lot.onHand());
    data.put("reserved", lot.reserved());
    data.put("status", lot.status());
    data.put("holdReason", lot.holdReason());
    data.put("holdReviewOn", lot.holdReviewOn());
    data.values().removeIf(Objects::isNull);
    return data;
  }

  private static String brandOf(String owner) {
    return HouseBrand.CODE.equals(owner) ? null : owner;
  }
}
