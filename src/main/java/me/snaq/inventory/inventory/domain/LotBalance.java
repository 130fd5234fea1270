package me.snaq.inventory.inventory.domain;

/** One lot's balance at some instant, summed from the ledger. */
public record LotBalance(long lotId, String lotCode, String owner, Balance balance) {}
