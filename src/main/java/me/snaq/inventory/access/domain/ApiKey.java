package me.snaq.inventory.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import me.snaq.inventory.access.ApiKeySecret;
import me.snaq.inventory.shared.security.Role;

/** An API key. The secret itself is never stored: only its hash and a short prefix to spot it. */
@Entity
@Table(name = "access_api_key")
public class ApiKey {
  @Id private UUID id;
  private String name;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "brand_code")
  private String brand;

  @Column(name = "key_hash")
  private String keyHash;

  @Column(name = "key_prefix")
  private String keyPrefix;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public static ApiKey issue(
      UUID id,
      String name,
      Role role,
      String brand,
      ApiKeySecret secret,
      String createdBy,
      Instant now) {
    ApiKey key = new ApiKey();
    key.id = id;
    key.name = name;
    key.role = role;
    key.brand = brand;
    key.keyHash = secret.hash();
    key.keyPrefix = secret.prefix();
    key.createdBy = createdBy;
    key.createdAt = now;
    return key;
  }

  /** Revokes the key; revoking a revoked key keeps the first time. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  public String brand() {
    return brand;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
