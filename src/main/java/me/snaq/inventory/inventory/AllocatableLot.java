package me.snaq.inventory.inventory;

import java.time.Instant;
import java.time.LocalDate;

/** A lot as an assignment run sees it: the units it could still give to an allocation. */
public record AllocatableLot(
    long id, String sku, String owner, LocalDate bestBefore, Instant receivedAt, int free) {}
