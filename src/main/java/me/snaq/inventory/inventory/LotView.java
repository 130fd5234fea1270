package me.snaq.inventory.inventory;

import java.time.LocalDate;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotStatus;

/** A lot as of a warehouse day: its status there reads EXPIRED once its day has ended. */
public record LotView(Lot lot, LocalDate today) {
  public LotStatus status() {
    return lot.statusOn(today);
  }
}
