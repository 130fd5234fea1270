package me.snaq.inventory.shared.error;

import java.util.List;

/**
 * Base of every business exception. Subclasses are named after the condition (for example {@code
 * ProductNotFoundException}); the code decides the status and the localized message, the arguments
 * fill the message's placeholders.
 */
public class ApplicationException extends RuntimeException {
  private final ErrorCode code;
  private final transient Object[] arguments;
  private final List<FieldError> errors;

  public ApplicationException(ErrorCode code, Object... arguments) {
    this(code, List.of(), arguments);
  }

  public ApplicationException(ErrorCode code, List<FieldError> errors, Object... arguments) {
    super(code.name(), null, false, false);
    this.code = code;
    this.arguments = arguments.clone();
    this.errors = List.copyOf(errors);
  }

  public ErrorCode code() {
    return code;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Short lines of a stock refusal; empty for other problems. */
  public List<ShortLine> lines() {
    return List.of();
  }
}
