package me.snaq.inventory.catalog.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class ProductAlreadyExistsException extends ApplicationException {
  public ProductAlreadyExistsException(String sku) {
    super(ErrorCode.PRODUCT_ALREADY_EXISTS, sku);
  }
}
