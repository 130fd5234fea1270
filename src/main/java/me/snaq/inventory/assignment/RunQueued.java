package me.snaq.inventory.assignment;

/** A run was queued; fired in the trigger's transaction, observed once it commits. */
public record RunQueued(long runId) {}
