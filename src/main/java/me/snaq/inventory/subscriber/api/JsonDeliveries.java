package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import me.snaq.inventory.shared.web.JsonArrayItems;
import me.snaq.inventory.subscriber.DeliveryInput;
import me.snaq.inventory.subscriber.DeliveryItem;
import me.snaq.inventory.subscriber.domain.Violation;

/** The deliveries of a JSON array body, bound one item at a time as the body streams in. */
final class JsonDeliveries implements Iterator<DeliveryItem> {
  private static final DeliveryInput NOTHING = new DeliveryInput(null, null, null);

  private final JsonArrayItems<DeliveryRecordRequest> items;

  JsonDeliveries(ObjectMapper mapper, InputStream body) {
    this.items = new JsonArrayItems<>(mapper, DeliveryRecordRequest.class, body);
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public DeliveryItem next() {
    JsonArrayItems.Item<DeliveryRecordRequest> item = items.next();
    if (item.error() != null) {
      return new DeliveryItem(item.index(), NOTHING, List.of(ItemErrors.of(item.error())));
    }
    if (item.value() == null) {
      return new DeliveryItem(
          item.index(), NOTHING, List.of(Violation.of("item", "wrongType", "object")));
    }
    return new DeliveryItem(item.index(), item.value().toInput(), List.of());
  }
}
