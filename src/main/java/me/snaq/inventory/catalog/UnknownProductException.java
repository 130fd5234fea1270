package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** A SKU named in a request body that the catalog does not know. */
public class UnknownProductException extends ApplicationException {
  public UnknownProductException(String sku) {
    super(ErrorCode.UNKNOWN_PRODUCT, sku);
  }
}
