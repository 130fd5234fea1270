package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import me.snaq.inventory.catalog.persistence.BrandChecks;
import me.snaq.inventory.catalog.persistence.ThresholdQueries;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * Low-stock thresholds (webhook {@code stock.low}): per brand and product, over the brand's default
 * ({@code lowStockThreshold} on the brand). Partners read their own; staff set them.
 */
@ApplicationScoped
public class ThresholdService {
  private final ThresholdQueries thresholds;
  private final BrandChecks checks;
  private final Clock clock;

  public ThresholdService(ThresholdQueries thresholds, BrandChecks checks, Clock clock) {
    this.thresholds = thresholds;
    this.checks = checks;
    this.clock = clock;
  }

  @Transactional
  public StockThreshold get(Caller caller, String brand, String sku) {
    checks.visible(caller, brand);
    return thresholds
        .find(brand, sku)
        .orElseThrow(() -> new ThresholdNotFoundException(brand, sku));
  }

  @Transactional
  public Page<StockThreshold> list(Caller caller, String brand, PageRequest page) {
    checks.visible(caller, brand);
    return Page.of(thresholds.page(brand, page.after(), page.limit()), page, StockThreshold::sku);
  }

  /** Sets the product's threshold for the brand; the result tells whether it is new. */
  @Transactional
  public Change set(String brandCode, String sku, int threshold) {
    checks.ownProductSetting(brandCode, sku);
    boolean created = thresholds.upsert(brandCode, sku, threshold, Instant.now(clock));
    return new Change(thresholds.find(brandCode, sku).orElseThrow(), created);
  }

  @Transactional
  public void remove(String brand, String sku) {
    if (!thresholds.delete(brand, sku)) {
      throw new ThresholdNotFoundException(brand, sku);
    }
  }

  /** A threshold after a change, and whether the change created it. */
  public record Change(StockThreshold threshold, boolean created) {}
}
