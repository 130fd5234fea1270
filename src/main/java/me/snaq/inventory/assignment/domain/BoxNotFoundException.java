package me.snaq.inventory.assignment.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The run has no box for the subscriber (not due, or the run has not finished). */
public class BoxNotFoundException extends ApplicationException {
  public BoxNotFoundException(long runId, String subscriberId) {
    super(ErrorCode.BOX_NOT_FOUND, runId, subscriberId);
  }
}
