package me.snaq.inventory.assignment.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's result: one box per subscriber in the snapshot's order.
 *
 * @param unitsUsed units placed per sku
 */
public record Assignment(List<Box> boxes, Map<String, Integer> unitsUsed, Metrics metrics) {
  public Assignment {
    boxes = List.copyOf(boxes);
    unitsUsed = Map.copyOf(unitsUsed);
  }
}
