package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** An operation the lot's status does not allow, such as holding a lot already on hold. */
public class IllegalLotStateException extends ApplicationException {
  public IllegalLotStateException(Long lotId, LotStatus status, String operation) {
    super(ErrorCode.ILLEGAL_LOT_STATE, lotId, status, operation);
  }
}
