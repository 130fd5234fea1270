package me.snaq.inventory.inventory.shipping;

/** A shipment too large to answer at once was stored: the worker of this replica starts on it. */
public record ShipmentQueued(long shipmentId) {}
