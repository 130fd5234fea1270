package me.snaq.inventory.inventory;

/** One allocation of a shipment: PENDING, SHIPPED, or REFUSED with a {@link ShipRefusal}. */
public record ShipmentItem(long allocationId, String status, String reason) {}
