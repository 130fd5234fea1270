package me.snaq.inventory.assignment.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The run was stored before runs kept what explains their boxes. */
public class ExplanationNotKeptException extends ApplicationException {
  public ExplanationNotKeptException(long runId) {
    super(ErrorCode.EXPLANATION_NOT_KEPT, runId);
  }
}
