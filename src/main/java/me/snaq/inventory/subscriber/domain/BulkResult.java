package me.snaq.inventory.subscriber.domain;

import java.util.List;

/** The outcome of every item of a bulk write, in the order the items came. */
public record BulkResult(List<ItemOutcome> items) {

  public int count(ItemStatus status) {
    return (int) items.stream().filter(item -> item.status() == status).count();
  }
}
