package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class LotNotFoundException extends ApplicationException {
  public LotNotFoundException(long id) {
    super(ErrorCode.LOT_NOT_FOUND, id);
  }
}
