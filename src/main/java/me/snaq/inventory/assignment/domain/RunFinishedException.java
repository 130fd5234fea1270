package me.snaq.inventory.assignment.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The run has ended (SUCCEEDED, FAILED or CANCELLED): it cannot be cancelled any more. */
public class RunFinishedException extends ApplicationException {
  public RunFinishedException(long id, RunStatus status) {
    super(ErrorCode.RUN_FINISHED, id, status);
  }
}
