package me.snaq.inventory.inventory.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/**
 * The allocation names a subscriber that is not one of its brand's: it does not exist, or belongs
 * to another brand (answered the same, so another brand's subscribers cannot be told apart).
 */
public class UnknownSubscriberException extends ApplicationException {
  public UnknownSubscriberException(String subscriberId, String brand) {
    super(ErrorCode.UNKNOWN_SUBSCRIBER, subscriberId, brand);
  }
}
