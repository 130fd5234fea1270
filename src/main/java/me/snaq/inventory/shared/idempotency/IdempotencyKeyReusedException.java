package me.snaq.inventory.shared.idempotency;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The same key sent again with a different request: a client bug, refused with 422. */
public class IdempotencyKeyReusedException extends ApplicationException {
  public IdempotencyKeyReusedException(String key) {
    super(ErrorCode.IDEMPOTENCY_KEY_REUSED, key);
  }
}
