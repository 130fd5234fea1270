package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The same lot code of the same product and owner has been received before. */
public class LotAlreadyExistsException extends ApplicationException {
  public LotAlreadyExistsException(String lotCode, String sku, String owner) {
    super(ErrorCode.LOT_ALREADY_EXISTS, lotCode, sku, owner);
  }
}
