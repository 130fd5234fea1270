package me.snaq.inventory.catalog.api;

import java.util.List;
import me.snaq.inventory.catalog.ProductService.EligibleProduct;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility")
public record EligibilityResponse(String sku, List<String> brands, long version) {
  static EligibilityResponse from(EligibleProduct eligible) {
    return new EligibilityResponse(
        eligible.product().sku(), eligible.brands(), eligible.product().version());
  }
}
