package me.snaq.inventory.shared.security;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/**
 * A partner named a brand other than its own: answered exactly as a brand that does not exist (404
 * BRAND_NOT_FOUND), so that another brand cannot be told from no brand.
 */
public class ForeignBrandException extends ApplicationException {
  public ForeignBrandException(String code) {
    super(ErrorCode.BRAND_NOT_FOUND, code);
  }
}
