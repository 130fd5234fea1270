package me.snaq.inventory.catalog.api;

import java.time.Instant;
import java.util.List;
import me.snaq.inventory.catalog.ProductService.EligibleProduct;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.catalog.domain.Product;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Product")
public record ProductResponse(
    String sku,
    String name,
    String category,
    List<String> ingredients,
    int minRemainingDays,
    ProductStatus status,
    boolean newProduct,
    @Schema(description = "Brands that may use the product (a partner sees only its own).")
        List<String> brands,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ProductResponse from(EligibleProduct eligible) {
    Product product = eligible.product();
    return new ProductResponse(
        product.sku(),
        product.name(),
        product.category(),
        product.ingredients(),
        product.minRemainingDays(),
        product.status(),
        product.newProduct(),
        eligible.brands(),
        product.version(),
        product.createdAt(),
        product.updatedAt());
  }
}
