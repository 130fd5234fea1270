package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ValidationFailedException;

/** The numbers of a quota, checked together: a limit below the ring-fenced units is refused. */
public record QuotaTerms(int reserved, Integer limit) {
  public QuotaTerms {
    if (limit != null && limit < reserved) {
      throw new ValidationFailedException("limit", "limitBelowReserved");
    }
  }
}
