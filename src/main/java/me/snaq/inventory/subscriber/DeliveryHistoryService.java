package me.snaq.inventory.subscriber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.inventory.AllocationShipped;
import me.snaq.inventory.inventory.BoxesShipped;
import me.snaq.inventory.shared.error.TooManyItemsException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.subscriber.domain.Delivery;
import me.snaq.inventory.subscriber.domain.DeliveryRules;
import me.snaq.inventory.subscriber.domain.ItemOutcome;
import me.snaq.inventory.subscriber.domain.SubscriberNotFoundException;
import me.snaq.inventory.subscriber.domain.Violation;
import me.snaq.inventory.subscriber.persistence.DeliveryQueries;
import me.snaq.inventory.subscriber.persistence.ProfileQueries;

/**
 * Subscribers' delivery history: written as boxes ship, imported in bulk for bootstrap, read by
 * staff and the engine.
 */
@ApplicationScoped
public class DeliveryHistoryService {
  private static final int MAX_SHOWN = 500;
  private static final int BATCH_SIZE = 1000;

  private final DeliveryQueries deliveries;
  private final ProfileQueries profiles;
  private final CatalogService catalog;
  private final Clock clock;

  public DeliveryHistoryService(
      DeliveryQueries deliveries, ProfileQueries profiles, CatalogService catalog, Clock clock) {
    this.deliveries = deliveries;
    this.profiles = profiles;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** In the shipping transaction: the boxes' products enter their subscribers' history. */
  void onShipped(@Observes BoxesShipped shipped) {
    List<AllocationShipped> boxes =
        shipped.boxes().stream()
            .filter(box -> box.subscriberId() != null && !box.skus().isEmpty())
            .toList();
    if (!boxes.isEmpty()) {
      deliveries.record(boxes, Instant.now(clock));
    }
  }

  /** A subscriber's history, newest first; 404 for one that does not exist or is not visible. */
  @Transactional
  public List<Delivery> history(Caller caller, String subscriberId) {
    String brand = profiles.brandsOf(List.of(subscriberId)).get(subscriberId);
    if (brand == null || !caller.canSeeBrand(brand)) {
      throw new SubscriberNotFoundException(subscriberId);
    }
    return deliveries.of(subscriberId, caller.brandScope().orElse(null), MAX_SHOWN);
  }

  /**
   * Imports past deliveries as they are read, {@value #BATCH_SIZE} to a statement: each is CREATED,
   * UNCHANGED (recorded already, by an import or a shipped box) or REJECTED. One transaction: past
   * {@value SubscriberService#MAX_ITEMS} items nothing is kept.
   */
  @Transactional
  public BulkResult importHistory(Caller caller, Iterator<DeliveryItem> items) {
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    List<ItemOutcome> outcomes = new ArrayList<>();
    List<DeliveryItem> batch = new ArrayList<>(BATCH_SIZE);
    int count = 0;
    while (items.hasNext()) {
      DeliveryItem item = items.next();
      if (++count > SubscriberService.MAX_ITEMS) {
        throw new TooManyItemsException(SubscriberService.MAX_ITEMS);
      }
      batch.add(item);
      if (batch.size() == BATCH_SIZE) {
        outcomes.addAll(importBatch(caller, batch, today, now));
        batch.clear();
      }
    }
    outcomes.addAll(importBatch(caller, batch, today, now));
    return new BulkResult(outcomes);
  }

  private List<ItemOutcome> importBatch(
      Caller caller, List<DeliveryItem> batch, LocalDate today, Instant now) {
    if (batch.isEmpty()) {
      return List.of();
    }
    List<DeliveryInput> inputs = batch.stream().map(DeliveryItem::input).toList();
    Map<String, String> brands =
        profiles.brandsOf(
            inputs.stream()
                .map(DeliveryInput::subscriberId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
    Set<String> skus =
        catalog.existingSkus(
            inputs.stream()
                .map(DeliveryInput::sku)
                .filter(DeliveryRules::isSku)
                .collect(Collectors.toSet()));
    ItemOutcome[] outcomes = new ItemOutcome[batch.size()];
    Map<Delivery, Integer> firstOfEach = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      DeliveryItem item = batch.get(i);
      DeliveryInput in = item.input();
      List<Violation> violations = new ArrayList<>(item.readErrors());
      if (violations.isEmpty()) {
        violations.addAll(
            DeliveryRules.check(
                in,
                today,
                id -> brands.containsKey(id) && caller.canSeeBrand(brands.get(id)),
                skus::contains));
      }
      if (!violations.isEmpty()) {
        outcomes[i] = ItemOutcome.rejected(item.index(), in.subscriberId(), violations);
        continue;
      }
      Delivery delivery =
          new Delivery(
              in.subscriberId(), brands.get(in.subscriberId()), in.sku(), in.deliveryDate(), null);
      if (firstOfEach.putIfAbsent(delivery, i) != null) {
        outcomes[i] = ItemOutcome.done(item.index(), in.subscriberId(), ItemStatus.UNCHANGED);
      }
    }
    Set<Delivery> recorded = deliveries.recordImported(firstOfEach.keySet(), now);
    firstOfEach.forEach(
        (delivery, i) ->
            outcomes[i] =
                ItemOutcome.done(
                    batch.get(i).index(),
                    delivery.subscriberId(),
                    recorded.contains(delivery) ? ItemStatus.CREATED : ItemStatus.UNCHANGED));
    return List.of(outcomes);
  }
}
