package me.snaq.inventory.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where events are sent. Its secrets are stored sealed ({@link SecretBox}); after a rotation the
 * previous one signs beside the new one until {@code previousSecretUntil}. A partner's endpoint
 * belongs to its brand ({@code ownerBrand}) and receives that brand's events only. The dispatchers
 * change its failing streak and disable it in SQL; only changed columns are written back here
 * ({@code @DynamicUpdate}), so an edit does not undo theirs.
 */
@Entity
@Table(name = "webhook_endpoint")
@DynamicUpdate
public class WebhookEndpoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String url;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] events;

  @Column(name = "brand_code")
  private String brand;

  @Column(name = "owner_brand")
  private String ownerBrand;

  private String description;
  private boolean active;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "failing_since")
  private Instant failingSince;

  private String secret;

  @Column(name = "previous_secret")
  private String previousSecret;

  @Column(name = "previous_secret_until")
  private Instant previousSecretUntil;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected WebhookEndpoint() {}

  /** A new, active endpoint; {@code ownerBrand} is the partner's brand, null for staff's. */
  public static WebhookEndpoint create(
      EndpointSettings settings,
      String brand,
      String ownerBrand,
      String sealedSecret,
      String createdBy,
      Instant now) {
    WebhookEndpoint endpoint = new WebhookEndpoint();
    endpoint.brand = brand;
    endpoint.ownerBrand = ownerBrand;
    endpoint.secret = sealedSecret;
    endpoint.createdBy = createdBy;
    endpoint.createdAt = now;
    endpoint.active = true;
    endpoint.apply(settings, now);
    return endpoint;
  }

  /**
   * New URL, events, description and state. Turning a disabled endpoint on again clears why it was
   * disabled and how long it has been failing.
   */
  public void change(EndpointSettings settings, boolean active, Instant now) {
    if (active && !this.active) {
      disabledReason = null;
      failingSince = null;
    }
    if (!active && this.active) {
      disabledReason = "disabled by request";
    }
    this.active = active;
    apply(settings, now);
  }

  /** A new secret; the current one keeps signing beside it until {@code overlapUntil}. */
  public void rotate(String sealedSecret, Instant overlapUntil, Instant now) {
    previousSecret = secret;
    previousSecretUntil = overlapUntil;
    secret = sealedSecret;
    updatedAt = now;
  }

  private void apply(EndpointSettings settings, Instant now) {
    this.url = settings.url();
    this.events = settings.events().toArray(String[]::new);
    this.description = settings.description();
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public List<String> events() {
    return List.of(events);
  }

  public String brand() {
    return brand;
  }

  public String ownerBrand() {
    return ownerBrand;
  }

  public String description() {
    return description;
  }

  public boolean active() {
    return active;
  }

  public String disabledReason() {
    return disabledReason;
  }

  public Instant failingSince() {
    return failingSince;
  }

  public Instant previousSecretUntil() {
    return previousSecretUntil;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
