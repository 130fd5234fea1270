package me.snaq.inventory.assignment.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** Only a succeeded COMMIT run holds stock: a PLAN run, or one not done, has nothing to pick. */
public class RunNotCommittedException extends ApplicationException {
  public RunNotCommittedException(Run run) {
    super(ErrorCode.RUN_NOT_COMMITTED, run.id(), run.mode(), run.status());
  }
}
