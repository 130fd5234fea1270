package me.snaq.inventory.assignment.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** Another COMMIT run holds one of the brands for the delivery date (queued, running or done). */
public class CommitInProgressException extends ApplicationException {
  public CommitInProgressException(String deliveryDate) {
    super(ErrorCode.COMMIT_IN_PROGRESS, deliveryDate);
  }
}
