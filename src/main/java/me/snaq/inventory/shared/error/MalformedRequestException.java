package me.snaq.inventory.shared.error;

/** A body that cannot be read at all (broken JSON found while streaming it, for example). */
public class MalformedRequestException extends ApplicationException {
  public MalformedRequestException() {
    super(ErrorCode.MALFORMED_REQUEST);
  }
}
