package me.snaq.inventory.assignment.domain;

import java.util.List;

/** One subscriber's box of a run, as stored. */
public record RunBox(
    String subscriberId,
    String brand,
    boolean isShort,
    String shortReason,
    String shortDetail,
    int score,
    int bound,
    List<RunItem> items) {
  /** One unit of a box: its lot, its points and why it was chosen. */
  public record RunItem(
      String sku,
      long lotId,
      java.time.LocalDate bestBefore,
      int score,
      String reason,
      boolean discovery,
      boolean nearFloor) {}
}
