package me.snaq.inventory.inventory.domain;

import java.time.LocalDate;

/** A lot with stock left, as the near-expiry report lists it. */
public record ExpiringLot(
    long id,
    String sku,
    String lotCode,
    String owner,
    LocalDate bestBefore,
    int onHand,
    int reserved,
    LotStatus status,
    String location) {
  /** The same lot with its status as of a warehouse day ({@link LotStatus#asOf}). */
  public ExpiringLot asOf(LocalDate today) {
    return new ExpiringLot(
        id,
        sku,
        lotCode,
        owner,
        bestBefore,
        onHand,
        reserved,
        status.asOf(bestBefore, today),
        location);
  }
}
