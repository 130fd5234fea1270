package me.snaq.inventory.inventory;

/** Where an item of a shipment stands. */
public enum ShipmentItemStatus {
  PENDING,
  SHIPPED,
  REFUSED
}
