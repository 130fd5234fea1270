package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** A transition the allocation's state does not allow, such as shipping a released one. */
public class IllegalAllocationStateException extends ApplicationException {
  public IllegalAllocationStateException(Long id, AllocationState state, String operation) {
    super(ErrorCode.ILLEGAL_ALLOCATION_STATE, id, state, operation);
  }
}
