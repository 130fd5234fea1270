package me.snaq.inventory.shared.error;

/** A bulk request carrying more items than one request may; nothing of it is kept. */
public class TooManyItemsException extends ApplicationException {
  public TooManyItemsException(int max) {
    super(ErrorCode.TOO_MANY_ITEMS, max);
  }
}
