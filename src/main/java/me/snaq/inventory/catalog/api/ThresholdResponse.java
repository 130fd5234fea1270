package me.snaq.inventory.catalog.api;

import java.time.Instant;
import me.snaq.inventory.catalog.StockThreshold;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Threshold")
public record ThresholdResponse(String brand, String sku, int threshold, Instant updatedAt) {
  static ThresholdResponse from(StockThreshold threshold) {
    return new ThresholdResponse(
        threshold.brand(), threshold.sku(), threshold.threshold(), threshold.updatedAt());
  }
}
