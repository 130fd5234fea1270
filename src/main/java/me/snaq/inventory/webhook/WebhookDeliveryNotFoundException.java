package me.snaq.inventory.webhook;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The endpoint has no such delivery. */
public class WebhookDeliveryNotFoundException extends ApplicationException {
  public WebhookDeliveryNotFoundException(long endpointId, Object deliveryId) {
    super(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND, deliveryId, endpointId);
  }
}
