package me.snaq.inventory.subscriber.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** No subscriber with the id, or (for a partner) one of another brand. */
public class SubscriberNotFoundException extends ApplicationException {
  public SubscriberNotFoundException(String id) {
    super(ErrorCode.SUBSCRIBER_NOT_FOUND, id);
  }
}
