package me.snaq.inventory.inventory;

import java.util.List;
import java.util.Map;

/**
 * The stock an assignment run reads, as of one moment.
 *
 * @param houseClaims house units each brand holds reserved, lapsed holds aside: sku -> brand ->
 *     units
 */
public record StockSnapshot(
    List<AllocatableLot> lots, Map<String, Map<String, Integer>> houseClaims) {}
