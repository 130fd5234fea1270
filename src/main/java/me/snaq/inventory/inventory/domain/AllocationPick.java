package me.snaq.inventory.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Units of one lot reserved for one line (with the lot's code and date, which never change). */
@Embeddable
public record AllocationPick(
    String sku,
    @Column(name = "lot_id") long lotId,
    @Column(name = "lot_code") String lotCode,
    @Column(name = "best_before") LocalDate bestBefore,
    String owner,
    int quantity) {

  public AllocationPick plus(int units) {
    return new AllocationPick(sku, lotId, lotCode, bestBefore, owner, quantity + units);
  }
}
