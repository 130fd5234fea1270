package me.snaq.inventory.inventory.allocation;

import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.shared.security.Caller;

/** One allocation to create: who asks, and what. */
public record AllocationOrder(Caller caller, AllocationRequest request) {}
