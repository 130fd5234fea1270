package me.snaq.inventory.inventory;

import java.util.List;

/**
 * One box's claim in an assignment run's commit: a FIRM allocation of one unit of each product,
 * from the lot the engine chose.
 */
public record BoxReservation(String brand, String subscriberId, List<Unit> units) {
  public BoxReservation {
    units = List.copyOf(units);
  }

  /** One unit of a product from a lot. */
  public record Unit(String sku, long lotId) {}
}
