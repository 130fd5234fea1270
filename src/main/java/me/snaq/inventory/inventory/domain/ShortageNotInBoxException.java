package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** A packer reported more units of a SKU (or of one of its lots) short than the box holds. */
public class ShortageNotInBoxException extends ApplicationException {
  public ShortageNotInBoxException(
      long allocationId, String sku, int inBox, String where, int reported) {
    super(ErrorCode.SHORTAGE_NOT_IN_BOX, allocationId, sku, inBox, where, reported);
  }
}
