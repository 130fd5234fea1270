package me.snaq.inventory.assignment.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class RunNotFoundException extends ApplicationException {
  public RunNotFoundException(long id) {
    super(ErrorCode.RUN_NOT_FOUND, id);
  }
}
