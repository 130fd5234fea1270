package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/**
 * Lots changed under an allocation again and again (held, counted or written off between its
 * reading and its reserving): the caller may retry.
 */
public class StockKeptChangingException extends ApplicationException {
  public StockKeptChangingException() {
    super(ErrorCode.CONCURRENT_UPDATE);
  }
}
