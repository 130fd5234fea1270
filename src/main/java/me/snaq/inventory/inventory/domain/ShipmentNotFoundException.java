package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** No such shipment, or one the caller may not see. */
public class ShipmentNotFoundException extends ApplicationException {
  public ShipmentNotFoundException(long id) {
    super(ErrorCode.SHIPMENT_NOT_FOUND, id);
  }
}
