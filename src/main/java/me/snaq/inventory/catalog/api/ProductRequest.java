package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import me.snaq.inventory.catalog.ProductDetails;
import me.snaq.inventory.catalog.ProductStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateProductRequest",
    example =
        "{\"sku\": \"CHOC-ALM-01\", \"name\": \"Almond chocolate bites\", \"category\":"
            + " \"chocolate\", \"ingredients\": [\"almond\", \"milk\", \"cacao\"],"
            + " \"minRemainingDays\": 30, \"status\": \"ACTIVE\", \"newProduct\": false}")
public record ProductRequest(
    @NotNull @Pattern(regexp = Patterns.SKU) @Schema(example = "CHOC-ALM-01") String sku,
    @NotBlank @Size(max = 200) String name,
    @NotNull @Pattern(regexp = Patterns.SLUG) @Schema(example = "chocolate") String category,
    @Size(max = 50) List<@NotNull @Pattern(regexp = Patterns.SLUG) String> ingredients,
    @NotNull @PositiveOrZero @Max(3650) Integer minRemainingDays,
    @Schema(description = "Defaults to ACTIVE.") ProductStatus status,
    @Schema(description = "Defaults to false.") Boolean newProduct) {

  ProductDetails details() {
    return new ProductDetails(
        name,
        category,
        ingredients,
        minRemainingDays,
        status == null ? ProductStatus.ACTIVE : status,
        Boolean.TRUE.equals(newProduct));
  }
}
