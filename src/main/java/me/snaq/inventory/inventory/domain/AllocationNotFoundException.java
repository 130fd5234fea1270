package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class AllocationNotFoundException extends ApplicationException {
  public AllocationNotFoundException(long id) {
    super(ErrorCode.ALLOCATION_NOT_FOUND, id);
  }
}
