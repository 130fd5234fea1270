package me.snaq.inventory.assignment.engine;

import java.util.List;

/**
 * One subscriber's box.
 *
 * @param bound the most points this box could score (preferences, discovery slots and the
 *     near-floor bonus where a lot offers it) with unlimited stock: {@code score <= bound}
 * @param shortReason {@code null} when the box is full
 * @param shortDetail what was missing, e.g. {@code "granola 0/1"}; {@code null} when full
 */
public record Box(
    String subscriberId,
    String brand,
    int size,
    List<BoxItem> items,
    int score,
    int bound,
    ShortReason shortReason,
    String shortDetail) {
  public Box {
    items = List.copyOf(items);
  }

  public boolean isShort() {
    return shortReason != null;
  }
}
