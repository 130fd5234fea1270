package me.snaq.inventory.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import me.snaq.inventory.webhook.WebhookSettings;
import me.snaq.inventory.webhook.WebhooksNotConfiguredException;
import me.snaq.inventory.webhook.domain.SecretBox;

/**
 * Endpoint secrets as stored: sealed under {@code inventory.webhooks.secret-key}. Without that key
 * the service keeps running, but no endpoint can be created (409 WEBHOOKS_NOT_CONFIGURED).
 */
@ApplicationScoped
public class SecretStore {
  private static final int MIN_PASSPHRASE = 16;
  private final Optional<SecretBox> box;

  public SecretStore(WebhookSettings settings) {
    this.box =
        settings
            .secretKey()
            .filter(key -> key.length() >= MIN_PASSPHRASE)
            .map(SecretBox::fromPassphrase);
  }

  public String seal(String secret) {
    return box.orElseThrow(WebhooksNotConfiguredException::new).seal(secret);
  }

  public String open(String sealed) {
    return box.orElseThrow(WebhooksNotConfiguredException::new).open(sealed);
  }
}
