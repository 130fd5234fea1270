package me.snaq.inventory.subscriber.domain;

import java.util.List;
import me.snaq.inventory.subscriber.ItemStatus;

/** The result of one item of a bulk write: its position, its id, what happened and why not. */
public record ItemOutcome(int index, String id, ItemStatus status, List<Violation> violations) {

  public static ItemOutcome rejected(int index, String id, List<Violation> violations) {
    return new ItemOutcome(index, id, ItemStatus.REJECTED, List.copyOf(violations));
  }

  public static ItemOutcome done(int index, String id, ItemStatus status) {
    return new ItemOutcome(index, id, status, List.of());
  }
}
