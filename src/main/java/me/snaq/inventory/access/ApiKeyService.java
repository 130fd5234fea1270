package me.snaq.inventory.access;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import me.snaq.inventory.access.domain.ApiKey;
import me.snaq.inventory.access.domain.ApiKeyNotFoundException;
import me.snaq.inventory.access.persistence.ApiKeyRepository;
import me.snaq.inventory.access.security.BootstrapAdminKey;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.InvalidBrandKindException;
import me.snaq.inventory.catalog.UnknownBrandException;
import me.snaq.inventory.shared.concurrent.Batcher;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, lists, revokes and checks API keys. */
@ApplicationScoped
public class ApiKeyService {
  private final ApiKeyRepository keys;
  private final CatalogService catalog;
  private final BootstrapAdminKey bootstrapAdmin;
  private final Clock clock;
  private final Batcher<String, Optional<Caller>> lookups;

  public ApiKeyService(
      ApiKeyRepository keys,
      CatalogService catalog,
      BootstrapAdminKey bootstrapAdmin,
      Clock clock,
      @ConfigProperty(name = "access.api-key.lookup.threads") int lookupThreads,
      @ConfigProperty(name = "access.api-key.lookup.max-size") int lookupMaxSize) {
    this.keys = keys;
    this.catalog = catalog;
    this.bootstrapAdmin = bootstrapAdmin;
    this.clock = clock;
    this.lookups = new Batcher<>("api-key-lookup", lookupThreads, lookupMaxSize, this::lookUp);
  }

  /** Issues a key; the secret is in the result and nowhere else. */
  @Transactional
  public IssuedKey issue(Caller issuer, String name, Role role, String brand) {
    return issue(issuer, name, role, brand, ApiKeySecret.generate());
  }

  /** Issues a key with a given secret (demo keys), unless a key with that secret exists. */
  @Transactional
  public IssuedKey issue(Caller issuer, String name, Role role, String brand, ApiKeySecret secret) {
    checkBrand(role, brand);
    Optional<ApiKey> existing = keys.findByHash(secret.hash());
    if (existing.isPresent()) {
      return new IssuedKey(existing.get(), secret);
    }
    ApiKey key =
        ApiKey.issue(
            UUID.randomUUID(), name, role, brand, secret, issuer.keyId(), Instant.now(clock));
    keys.persist(key);
    return new IssuedKey(key, secret);
  }

  @Transactional
  public ApiKey get(String id) {
    return keys.findByIdOptional(parseId(id)).orElseThrow(() -> new ApiKeyNotFoundException(id));
  }

  @Transactional
  public Page<ApiKey> list(Role role, boolean includeRevoked, PageRequest page) {
    UUID after = page.after() == null ? null : cursorId(page.after());
    return Page.of(
        keys.page(role, includeRevoked, after, page.limit()), page, key -> key.id().toString());
  }

  /** Revokes a key; it is refused from the next request on, on every replica. */
  @Transactional
  public void revoke(String id) {
    ApiKey key =
        keys.findByIdOptional(parseId(id)).orElseThrow(() -> new ApiKeyNotFoundException(id));
    key.revoke(Instant.now(clock));
  }

  /**
   * The caller a presented secret stands for; empty for unknown or revoked keys. Read afresh for
   * every request, outside any transaction; the keys of requests arriving together are read in one
   * query, and no thread waits for it (the stage completes on the reading thread).
   */
  public CompletionStage<Optional<Caller>> authenticate(String presentedSecret) {
    ApiKeySecret secret = new ApiKeySecret(presentedSecret);
    if (bootstrapAdmin.matches(secret)) {
      return CompletableFuture.completedFuture(Optional.of(BootstrapAdminKey.CALLER));
    }
    return lookups.submitAsync(secret.hash());
  }

  @PreDestroy
  void stop() throws InterruptedException {
    lookups.stop();
  }

  /** Reads the callers of many hashes in one query; one answer per hash, in order. */
  private List<Optional<Caller>> lookUp(List<String> hashes) {
    Map<String, Caller> found = keys.findActiveCallers(new HashSet<>(hashes));
    return hashes.stream().map(hash -> Optional.ofNullable(found.get(hash))).toList();
  }

  private void checkBrand(Role role, String brand) {
    if ((role == Role.PARTNER) != (brand != null)) {
      throw new ValidationFailedException("brand", "roleNeedsBrand");
    }
    if (brand != null) {
      BrandKind kind = catalog.brandKind(brand).orElseThrow(() -> new UnknownBrandException(brand));
      if (kind != BrandKind.PARTNER) {
        throw new InvalidBrandKindException(brand, kind, BrandKind.PARTNER);
      }
    }
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ApiKeyNotFoundException(id);
    }
  }

  private static UUID cursorId(String after) {
    try {
      return UUID.fromString(after);
    } catch (IllegalArgumentException e) {
      throw new ValidationFailedException("cursor", "invalidCursor");
    }
  }

  /** A newly issued key with its secret, which is shown once. */
  public record IssuedKey(ApiKey key, ApiKeySecret secret) {}
}
