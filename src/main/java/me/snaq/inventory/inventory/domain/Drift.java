package me.snaq.inventory.inventory.domain;

/** A lot whose projection disagrees with its ledger; the ledger is the truth. */
public record Drift(long lotId, Balance projected, Balance ledger) {}
