package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class UnknownBrandException extends ApplicationException {
  public UnknownBrandException(String code) {
    super(ErrorCode.UNKNOWN_BRAND, code);
  }
}
