package me.snaq.inventory.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * Published, inside the shipping transaction, when an allocation's units leave the warehouse. Other
 * modules (the subscriber's delivery history) observe it; {@code subscriberId} is set when the
 * allocation was a subscriber's box.
 */
public record AllocationShipped(
    long allocationId,
    String brand,
    String subscriberId,
    LocalDate deliveryDate,
    List<String> skus) {}
