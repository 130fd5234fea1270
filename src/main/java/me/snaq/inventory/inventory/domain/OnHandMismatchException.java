package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The caller's expected on-hand quantity is not the lot's: someone changed it meanwhile. */
public class OnHandMismatchException extends ApplicationException {
  public OnHandMismatchException(int expected, int actual) {
    super(ErrorCode.ON_HAND_MISMATCH, expected, actual);
  }
}
