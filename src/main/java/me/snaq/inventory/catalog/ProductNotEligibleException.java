package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class ProductNotEligibleException extends ApplicationException {
  public ProductNotEligibleException(String brandCode, String sku) {
    super(ErrorCode.PRODUCT_NOT_ELIGIBLE, brandCode, sku);
  }
}
