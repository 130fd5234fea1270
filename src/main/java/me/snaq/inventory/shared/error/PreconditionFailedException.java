package me.snaq.inventory.shared.error;

import java.util.OptionalLong;

/** An {@code If-Match} naming another version than the resource's current one. */
public class PreconditionFailedException extends ApplicationException {
  public PreconditionFailedException(long expected, long current) {
    super(ErrorCode.PRECONDITION_FAILED, "\"" + expected + "\"", "\"" + current + "\"");
  }

  /** Throws when an expected version is given and differs from the current one. */
  public static void check(OptionalLong expected, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw new PreconditionFailedException(expected.getAsLong(), current);
    }
  }
}
