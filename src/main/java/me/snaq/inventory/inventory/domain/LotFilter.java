package me.snaq.inventory.inventory.domain;

import java.time.LocalDate;

/** Filters of the lot list; null means "any". A partner's owner is forced to its brand. */
public record LotFilter(
    String sku,
    String owner,
    LotStatus status,
    String location,
    LocalDate bestBeforeFrom,
    LocalDate bestBeforeTo,
    String lotCode) {

  public LotFilter withOwner(String scopedOwner) {
    return new LotFilter(sku, scopedOwner, status, location, bestBeforeFrom, bestBeforeTo, lotCode);
  }
}
