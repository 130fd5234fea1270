package me.snaq.inventory.webhook;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** A ping or a retry for a disabled endpoint: turn it on again first ({@code PUT}). */
public class WebhookEndpointDisabledException extends ApplicationException {
  public WebhookEndpointDisabledException(long id) {
    super(ErrorCode.WEBHOOK_ENDPOINT_DISABLED, id);
  }
}
