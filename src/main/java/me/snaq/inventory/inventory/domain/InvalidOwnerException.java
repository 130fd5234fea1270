package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class InvalidOwnerException extends ApplicationException {
  public InvalidOwnerException(String brand) {
    super(ErrorCode.INVALID_OWNER, brand);
  }
}
