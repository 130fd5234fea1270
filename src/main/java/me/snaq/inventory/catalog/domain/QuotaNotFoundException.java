package me.snaq.inventory.catalog.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class QuotaNotFoundException extends ApplicationException {
  public QuotaNotFoundException(String brandCode, String sku) {
    super(ErrorCode.QUOTA_NOT_FOUND, brandCode, sku);
  }
}
