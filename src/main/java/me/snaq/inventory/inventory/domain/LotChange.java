package me.snaq.inventory.inventory.domain;

/** What one operation did to a lot: the ledger entry to append, before actor and time. */
public record LotChange(
    MovementType type, int onHandDelta, int reservedDelta, String reason, String note) {}
