package me.snaq.inventory.inventory.domain;

import java.time.LocalDate;

/** Filters of the allocation list; null means "any". A partner's brand is forced to its own. */
public record AllocationFilter(
    String brand, AllocationState state, LocalDate deliveryDate, String reference) {

  public AllocationFilter withBrand(String scopedBrand) {
    return new AllocationFilter(scopedBrand, state, deliveryDate, reference);
  }
}
