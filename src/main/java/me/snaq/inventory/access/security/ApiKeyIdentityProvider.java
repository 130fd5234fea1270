package me.snaq.inventory.access.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import me.snaq.inventory.access.ApiKeyService;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.web.OnRequestContext;

/**
 * Looks the presented key up in the database on every request (an indexed hash lookup), so a
 * revoked key is refused at once on every replica.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
  private final ApiKeyService apiKeys;

  public ApiKeyIdentityProvider(ApiKeyService apiKeys) {
    this.apiKeys = apiKeys;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String presented = request.getToken().getToken();
    return Uni.createFrom()
        .completionStage(() -> OnRequestContext.of(apiKeys.authenticate(presented)))
        .map(
            caller ->
                caller
                    .map(ApiKeyIdentityProvider::identity)
                    .orElseThrow(AuthenticationFailedException::new));
  }

  private static SecurityIdentity identity(Caller caller) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(caller.keyId()))
            .addRole(caller.role().name())
            .addAttribute(CurrentCaller.KEY_ID_ATTRIBUTE, caller.keyId());
    if (caller.brand() != null) {
      builder.addAttribute(CurrentCaller.BRAND_ATTRIBUTE, caller.brand());
    }
    return builder.build();
  }
}
