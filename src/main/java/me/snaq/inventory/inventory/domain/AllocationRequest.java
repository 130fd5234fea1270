package me.snaq.inventory.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a caller asks to allocate; {@code holdUntil} is for HOLD mode (null: the default hold). */
public record AllocationRequest(
    String brand,
    String reference,
    String subscriberId,
    LocalDate deliveryDate,
    List<Line> lines,
    AllocationMode mode,
    Instant holdUntil,
    boolean allowPartial) {

  public AllocationRequest withBrand(String code) {
    return new AllocationRequest(
        code, reference, subscriberId, deliveryDate, lines, mode, holdUntil, allowPartial);
  }

  public AllocationRequest holdingUntil(Instant until) {
    return new AllocationRequest(
        brand, reference, subscriberId, deliveryDate, lines, mode, until, allowPartial);
  }

  /** One product and how many units of it. */
  public record Line(String sku, int quantity) {}
}
