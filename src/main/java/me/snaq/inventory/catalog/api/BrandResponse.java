package me.snaq.inventory.catalog.api;

import java.time.Instant;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.domain.Brand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Brand")
public record BrandResponse(
    String code,
    String name,
    BrandKind kind,
    boolean active,
    Integer minRemainingDays,
    Integer lowStockThreshold,
    boolean runAllocationEvents,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static BrandResponse from(Brand brand) {
    return new BrandResponse(
        brand.code(),
        brand.name(),
        brand.kind(),
        brand.active(),
        brand.minRemainingDays(),
        brand.lowStockThreshold(),
        brand.runAllocationEvents(),
        brand.version(),
        brand.createdAt(),
        brand.updatedAt());
  }
}
