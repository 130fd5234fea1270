package me.snaq.inventory.access.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import me.snaq.inventory.access.ApiKeySecret;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first admin key, from {@code inventory.bootstrap-admin-key}. It is compared by hash in
 * constant time and never stored, so changing the configuration retires the old one at once.
 */
@ApplicationScoped
public class BootstrapAdminKey {
  public static final Caller CALLER = new Caller("bootstrap-admin", Role.ADMIN, null);
  private static final Logger LOG = Logger.getLogger(BootstrapAdminKey.class);
  private static final int MIN_LENGTH = 16;

  private final byte[] hash;

  public BootstrapAdminKey(
      @ConfigProperty(name = "inventory.bootstrap-admin-key") Optional<String> configured) {
    Optional<String> usable = configured.map(String::trim).filter(key -> !key.isEmpty());
    if (usable.isPresent() && usable.get().length() < MIN_LENGTH) {
      LOG.warnf("inventory.bootstrap-admin-key is shorter than %d characters: ignored", MIN_LENGTH);
      usable = Optional.empty();
    }
    this.hash =
        usable
            .map(key -> new ApiKeySecret(key).hash().getBytes(StandardCharsets.UTF_8))
            .orElse(null);
  }

  public boolean matches(ApiKeySecret presented) {
    return hash != null
        && MessageDigest.isEqual(hash, presented.hash().getBytes(StandardCharsets.UTF_8));
  }
}
