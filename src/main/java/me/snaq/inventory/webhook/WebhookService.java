package me.snaq.inventory.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ReservedBrandException;
import me.snaq.inventory.catalog.UnknownBrandException;
import me.snaq.inventory.shared.error.PreconditionFailedException;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.webhook.delivery.UrlPolicy;
import me.snaq.inventory.webhook.domain.DeliveryStatus;
import me.snaq.inventory.webhook.domain.DeliveryView;
import me.snaq.inventory.webhook.domain.EndpointSettings;
import me.snaq.inventory.webhook.domain.Signature;
import me.snaq.inventory.webhook.domain.WebhookEndpoint;
import me.snaq.inventory.webhook.persistence.DeliveryReads;
import me.snaq.inventory.webhook.persistence.EndpointRepository;
import me.snaq.inventory.webhook.persistence.OutboxQueries;
import me.snaq.inventory.webhook.persistence.SecretStore;

/**
 * Webhook endpoints and their deliveries, as their owners manage them. A partner's endpoints are
 * bound to its brand and another brand's read as none; staff may bind one to a brand or leave it
 * open to every brand's events. A secret is shown only when it is made (create, rotate).
 */
@ApplicationScoped
public class WebhookService {
  private final EndpointRepository endpoints;
  private final DeliveryReads deliveries;
  private final OutboxQueries outbox;
  private final SecretStore secrets;
  private final UrlPolicy urls;
  private final CatalogService catalog;
  private final WebhookSettings settings;
  private final Event<WebhooksQueued> queued;
  private final Clock clock;

  public WebhookService(
      EndpointRepository endpoints,
      DeliveryReads deliveries,
      OutboxQueries outbox,
      SecretStore secrets,
      UrlPolicy urls,
      CatalogService catalog,
      WebhookSettings settings,
      Event<WebhooksQueued> queued,
      Clock clock) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.secrets = secrets;
    this.urls = urls;
    this.catalog = catalog;
    this.settings = settings;
    this.queued = queued;
    this.clock = clock;
  }

  /** An endpoint with the secret just made for it (shown this once). */
  public record WithSecret(WebhookEndpoint endpoint, String secret) {}

  @Transactional
  public WithSecret create(Caller caller, EndpointSettings requested, String brand) {
    EndpointSettings checked = check(requested);
    String bound = caller.isPartner() ? ownBrand(caller, brand) : sellingBrand(brand);
    String secret = Signature.newSecret();
    WebhookEndpoint endpoint =
        WebhookEndpoint.create(
            checked,
            bound,
            caller.brandScope().orElse(null),
            secrets.seal(secret),
            caller.keyId(),
            Instant.now(clock));
    endpoints.persistAndFlush(endpoint);
    return new WithSecret(endpoint, secret);
  }

  @Transactional
  public WebhookEndpoint get(Caller caller, long id) {
    return endpoints
        .findByIdOptional(id)
        .filter(endpoint -> !caller.isPartner() || caller.brand().equals(endpoint.ownerBrand()))
        .orElseThrow(() -> new WebhookEndpointNotFoundException(id));
  }

  @Transactional
  public Page<WebhookEndpoint> list(Caller caller, PageRequest page) {
    return Page.of(
        endpoints.page(caller.brandScope().orElse(null), page),
        page,
        endpoint -> endpoint.id().toString());
  }

  /** New URL, events, description and state; turning it on again clears why it was off. */
  @Transactional
  public WebhookEndpoint change(
      Caller caller,
      long id,
      OptionalLong expectedVersion,
      EndpointSettings requested,
      boolean active) {
    WebhookEndpoint endpoint = get(caller, id);
    PreconditionFailedException.check(expectedVersion, endpoint.version());
    endpoint.change(check(requested), active, Instant.now(clock));
    endpoints.flush();
    return endpoint;
  }

  @Transactional
  public void delete(Caller caller, long id) {
    endpoints.delete(get(caller, id));
  }

  /** A new secret; the old one keeps signing beside it for the configured overlap. */
  @Transactional
  public WithSecret rotateSecret(Caller caller, long id) {
    WebhookEndpoint endpoint = get(caller, id);
    String secret = Signature.newSecret();
    Instant now = Instant.now(clock);
    endpoint.rotate(secrets.seal(secret), now.plus(settings.rotationOverlap()), now);
    endpoints.flush();
    return new WithSecret(endpoint, secret);
  }

  /** Queues a {@code ping} to this endpoint alone; returns its delivery. */
  @Transactional
  public DeliveryView ping(Caller caller, long id) {
    WebhookEndpoint endpoint = active(get(caller, id));
    long delivery =
        outbox.ping(
            endpoint.id(),
            endpoint.brand(),
            "{\"endpointId\": %d, \"message\": \"ping\"}".formatted(endpoint.id()));
    queued.fire(new WebhooksQueued());
    return deliveries.find(endpoint.id(), delivery).orElseThrow();
  }

  @Transactional
  public Page<DeliveryView> deliveries(
      Caller caller, long id, DeliveryStatus status, String type, PageRequest page) {
    WebhookEndpoint endpoint = get(caller, id);
    return Page.of(
        deliveries.page(endpoint.id(), status, type, page.afterId(), page.limit()),
        page,
        delivery -> Long.toString(delivery.id()));
  }

  /** Sends a delivery again now, whatever became of it. */
  @Transactional
  public DeliveryView retry(Caller caller, long id, long deliveryId) {
    WebhookEndpoint endpoint = active(get(caller, id));
    if (!deliveries.retryNow(endpoint.id(), deliveryId, Instant.now(clock))) {
      throw new WebhookDeliveryNotFoundException(id, deliveryId);
    }
    queued.fire(new WebhooksQueued());
    return deliveries.find(endpoint.id(), deliveryId).orElseThrow();
  }

  private static WebhookEndpoint active(WebhookEndpoint endpoint) {
    if (!endpoint.active()) {
      throw new WebhookEndpointDisabledException(endpoint.id());
    }
    return endpoint;
  }

  private EndpointSettings check(EndpointSettings requested) {
    urls.check(requested.url());
    for (int i = 0; i < requested.events().size(); i++) {
      if (!WebhookEventType.isListenable(requested.events().get(i))) {
        throw new ValidationFailedException("events[" + i + "]", "eventType");
      }
    }
    List<String> events = List.copyOf(new LinkedHashSet<>(requested.events()));
    return new EndpointSettings(requested.url(), events, requested.description());
  }

  /**
   * A partner's endpoint is its own brand's; naming another is answered as naming a brand that does
   * not exist.
   */
  private static String ownBrand(Caller caller, String requested) {
    if (requested != null && !requested.equals(caller.brand())) {
      throw new UnknownBrandException(requested);
    }
    return caller.brand();
  }

  /** A staff endpoint's brand: none (every brand), or a brand that sells. */
  private String sellingBrand(String code) {
    if (code == null) {
      return null;
    }
    BrandInfo brand = catalog.brand(code).orElseThrow(() -> new UnknownBrandException(code));
    if (brand.isHouse()) {
      throw new ReservedBrandException(code);
    }
    return code;
  }
}
