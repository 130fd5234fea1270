package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** More units asked of a lot than it can give (units reserved by allocations stay put). */
public class InsufficientStockException extends ApplicationException {
  public InsufficientStockException(int requested, int usable) {
    super(ErrorCode.INSUFFICIENT_STOCK, requested, usable);
  }
}
