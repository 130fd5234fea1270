package me.snaq.inventory.subscriber.domain;

import java.time.LocalDate;

/** One product a subscriber received in a box on a date. */
public record Delivery(
    String subscriberId, String brand, String sku, LocalDate deliveryDate, Long allocationId) {}
