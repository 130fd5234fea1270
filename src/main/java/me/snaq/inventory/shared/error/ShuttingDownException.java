package me.snaq.inventory.shared.error;

/** This replica is stopping and takes no new request: nothing was done; another replica will. */
public class ShuttingDownException extends ApplicationException {
  public ShuttingDownException() {
    super(ErrorCode.SHUTTING_DOWN);
  }
}
