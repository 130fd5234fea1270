package me.snaq.inventory.webhook;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** No such endpoint, or another brand's (for a partner). */
public class WebhookEndpointNotFoundException extends ApplicationException {
  public WebhookEndpointNotFoundException(Object id) {
    super(ErrorCode.WEBHOOK_ENDPOINT_NOT_FOUND, id);
  }
}
