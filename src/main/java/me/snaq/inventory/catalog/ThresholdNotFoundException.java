package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The brand has no threshold of its own for the product. */
public class ThresholdNotFoundException extends ApplicationException {
  public ThresholdNotFoundException(String brand, String sku) {
    super(ErrorCode.THRESHOLD_NOT_FOUND, brand, sku);
  }
}
