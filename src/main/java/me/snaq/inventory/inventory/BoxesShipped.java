package me.snaq.inventory.inventory;

import java.util.List;

/**
 * Published, inside the shipping transaction, when allocations' units leave the warehouse: one box
 * shipped on its own, or a batch of a bulk shipment. Other modules (the subscriber's delivery
 * history) observe it.
 */
public record BoxesShipped(List<AllocationShipped> boxes) {
  public BoxesShipped {
    boxes = List.copyOf(boxes);
  }
}
