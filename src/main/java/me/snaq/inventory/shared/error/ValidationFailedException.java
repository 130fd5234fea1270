package me.snaq.inventory.shared.error;

/**
 * One invalid input that a bean-validation annotation cannot express. The message is a key of the
 * {@code field.*} entries of the problems bundle, localized when the response is written.
 */
public class ValidationFailedException extends ApplicationException {
  private final String field;
  private final String messageKey;
  private final transient Object[] messageArguments;

  public ValidationFailedException(String field, String messageKey, Object... messageArguments) {
    super(ErrorCode.VALIDATION_FAILED);
    this.field = field;
    this.messageKey = messageKey;
    this.messageArguments = messageArguments.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] messageArguments() {
    return messageArguments.clone();
  }
}
