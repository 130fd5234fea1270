package me.snaq.inventory.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current HTTP request, read from the authenticated security identity. */
@RequestScoped
public class CurrentCaller {
  public static final String BRAND_ATTRIBUTE = "snaq.brand";
  public static final String KEY_ID_ATTRIBUTE = "snaq.keyId";

  private final SecurityIdentity identity;

  public CurrentCaller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Caller get() {
    Role role = identity.getRoles().stream().map(Role::valueOf).findFirst().orElseThrow();
    return new Caller(
        identity.getAttribute(KEY_ID_ATTRIBUTE), role, identity.getAttribute(BRAND_ATTRIBUTE));
  }
}
