package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;

/** One product a subscriber received on one delivery date. */
public record Delivery(String sku, LocalDate date) {}
