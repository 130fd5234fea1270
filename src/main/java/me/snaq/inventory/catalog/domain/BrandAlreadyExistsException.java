package me.snaq.inventory.catalog.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class BrandAlreadyExistsException extends ApplicationException {
  public BrandAlreadyExistsException(String code) {
    super(ErrorCode.BRAND_ALREADY_EXISTS, code);
  }
}
