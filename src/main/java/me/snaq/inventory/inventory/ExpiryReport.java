package me.snaq.inventory.inventory;

import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.domain.ExpiringLot;

/**
 * The near-expiry report: lots with stock left, each with its horizon (the smallest configured one
 * that holds it; null when already expired or beyond every horizon).
 */
public record ExpiryReport(
    LocalDate asOf, int withinDays, List<Integer> horizons, List<Line> lines) {

  /** One lot of the report. */
  public record Line(Integer horizonDays, ExpiringLot lot, String productName, long daysLeft) {}
}
