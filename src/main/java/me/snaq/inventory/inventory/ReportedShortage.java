package me.snaq.inventory.inventory;

/**
 * Units of one SKU of a box a packer could not ship, and why; from one lot the box picked, or
 * (lotId null) from the box's lots of that SKU in pick-list order.
 */
public record ReportedShortage(String sku, int quantity, ShipExceptionReason reason, Long lotId) {}
