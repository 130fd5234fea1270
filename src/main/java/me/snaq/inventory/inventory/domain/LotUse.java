package me.snaq.inventory.inventory.domain;

import java.time.LocalDate;

/** An allocation that took units of a lot: who, for what delivery, how many, and its state. */
public record LotUse(
    long allocationId,
    String brand,
    String reference,
    String subscriberId,
    LocalDate deliveryDate,
    AllocationState state,
    int quantity) {}
