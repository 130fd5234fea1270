package me.snaq.inventory.assignment.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's result: one box per subscriber in the snapshot's order.
 *
 * @param unitsUsed units placed per sku
 * @param unitsWanted units per sku the boxes' best choices would take were every product the brand
 *     may use in stock (each box on its own, preferences and hard rules applied): the demand the
 *     stock is set against
 * @param unitsUsable units per sku that at least one of the snapshot's brands may use (its own lots
 *     or the house's, good through its floor at the delivery date; house quotas not applied)
 * @param stock per brand and product it may use, its stock at the start and the end of the run
 */
public record Assignment(
    List<Box> boxes,
    Map<String, Integer> unitsUsed,
    Map<String, Integer> unitsWanted,
    Map<String, Integer> unitsUsable,
    Metrics metrics,
    List<BrandStock> stock) {
  public Assignment {
    boxes = List.copyOf(boxes);
    unitsUsed = Map.copyOf(unitsUsed);
    unitsWanted = Map.copyOf(unitsWanted);
    unitsUsable = Map.copyOf(unitsUsable);
    stock = List.copyOf(stock);
  }
}
