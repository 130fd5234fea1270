package me.snaq.inventory.inventory.domain;

/** A lot's quantities and stored status, as kept by the projection or summed from the ledger. */
public record Balance(int onHand, int reserved, LotStatus status) {}
