package me.snaq.inventory.webhook;

/** Deliveries were written; observed after the transaction commits, it wakes the dispatcher. */
public record WebhooksQueued() {}
