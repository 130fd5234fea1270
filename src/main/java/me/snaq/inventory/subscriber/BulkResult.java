package me.snaq.inventory.subscriber;

import java.util.List;
import me.snaq.inventory.subscriber.domain.ItemOutcome;

/** The outcome of every item of a bulk write, in the order the items came. */
public record BulkResult(List<ItemOutcome> items) {

  public int count(ItemStatus status) {
    return (int) items.stream().filter(item -> item.status() == status).count();
  }
}
