package me.snaq.inventory.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A lot that could serve a delivery, in first-expired-first-out order. */
public record FefoLot(
    long lotId,
    String lotCode,
    String owner,
    LocalDate bestBefore,
    Instant receivedAt,
    String location,
    int free) {}
