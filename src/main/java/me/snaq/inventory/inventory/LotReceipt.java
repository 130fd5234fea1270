package me.snaq.inventory.inventory;

import java.time.Instant;
import java.time.LocalDate;

/** What arrived: a quantity of one product under the producer's lot code. */
public record LotReceipt(
    String sku,
    String lotCode,
    String owner,
    LocalDate bestBefore,
    int quantity,
    String location,
    Instant receivedAt) {}
