package me.snaq.inventory.inventory;

import java.time.LocalDate;

/** One lot a box picks from: which box, which product, which lot, where it sits, how many units. */
public record PickLine(
    String location,
    String subscriberId,
    String brand,
    long allocationId,
    String sku,
    String productName,
    long lotId,
    String lotCode,
    LocalDate bestBefore,
    int quantity) {}
