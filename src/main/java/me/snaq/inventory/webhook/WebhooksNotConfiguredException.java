package me.snaq.inventory.webhook;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/**
 * The service has no key to keep endpoint secrets under ({@code inventory.webhooks.secret-key}).
 */
public class WebhooksNotConfiguredException extends ApplicationException {
  public WebhooksNotConfiguredException() {
    super(ErrorCode.WEBHOOKS_NOT_CONFIGURED);
  }
}
