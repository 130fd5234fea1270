package me.snaq.inventory.inventory;

import java.time.Instant;

/**
 * A bulk shipment's progress: RUNNING while items are pending, then SUCCEEDED; {@code shipped +
 * refused} of {@code total} items are settled.
 */
public record Shipment(
    long id,
    String brandScope,
    Long runId,
    String status,
    int total,
    int shipped,
    int refused,
    String requestedBy,
    Instant createdAt,
    Instant finishedAt) {
  public boolean running() {
    return "RUNNING".equals(status);
  }
}
