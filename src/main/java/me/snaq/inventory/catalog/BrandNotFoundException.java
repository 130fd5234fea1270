package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class BrandNotFoundException extends ApplicationException {
  public BrandNotFoundException(String code) {
    super(ErrorCode.BRAND_NOT_FOUND, code);
  }
}
