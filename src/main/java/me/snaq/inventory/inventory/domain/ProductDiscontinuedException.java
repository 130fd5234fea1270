package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class ProductDiscontinuedException extends ApplicationException {
  public ProductDiscontinuedException(String sku) {
    super(ErrorCode.PRODUCT_DISCONTINUED, sku);
  }
}
