package me.snaq.inventory.catalog.api;

import java.time.Instant;
import me.snaq.inventory.catalog.domain.Quota;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Quota")
public record QuotaResponse(
    String brand, String sku, int reserved, Integer limit, long version, Instant updatedAt) {

  static QuotaResponse from(Quota quota) {
    return new QuotaResponse(
        quota.brandCode(),
        quota.sku(),
        quota.reserved(),
        quota.limit(),
        quota.version(),
        quota.updatedAt());
  }
}
