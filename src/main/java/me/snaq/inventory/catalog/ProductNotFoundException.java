package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class ProductNotFoundException extends ApplicationException {
  public ProductNotFoundException(String sku) {
    super(ErrorCode.PRODUCT_NOT_FOUND, sku);
  }
}
