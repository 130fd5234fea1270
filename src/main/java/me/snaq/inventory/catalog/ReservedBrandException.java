package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class ReservedBrandException extends ApplicationException {
  public ReservedBrandException(String code) {
    super(ErrorCode.RESERVED_BRAND, code);
  }
}
