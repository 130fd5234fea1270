package me.snaq.inventory.assignment.domain;

/** QUEUED -> RUNNING -> SUCCEEDED | FAILED; QUEUED or RUNNING -> CANCELLED. */
public enum RunStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  public boolean isOpen() {
    return this == QUEUED || this == RUNNING;
  }
}
