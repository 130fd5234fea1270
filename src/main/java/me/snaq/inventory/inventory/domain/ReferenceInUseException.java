package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The brand already has an open allocation for this order or box. */
public class ReferenceInUseException extends ApplicationException {
  public ReferenceInUseException(String brand, String reference) {
    super(ErrorCode.REFERENCE_IN_USE, brand, reference);
  }
}
