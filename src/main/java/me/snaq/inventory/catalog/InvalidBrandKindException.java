package me.snaq.inventory.catalog;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** A brand used where another kind of brand is needed (a partner key for a house box line). */
public class InvalidBrandKindException extends ApplicationException {
  public InvalidBrandKindException(String code, BrandKind actual, BrandKind needed) {
    super(ErrorCode.INVALID_BRAND_KIND, code, actual, needed);
  }
}
