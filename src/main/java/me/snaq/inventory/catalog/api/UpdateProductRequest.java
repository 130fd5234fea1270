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
    name = "UpdateProductRequest",
    example =
        "{\"name\": \"Almond chocolate bites\", \"category\": \"chocolate\", \"ingredients\":"
            + " [\"almond\", \"milk\", \"cacao\"], \"minRemainingDays\": 30, \"status\":"
            + " \"DISCONTINUED\", \"newProduct\": false}")
public record UpdateProductRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Pattern(regexp = Patterns.SLUG) String category,
    @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = Patterns.SLUG) String> ingredients,
    @NotNull @PositiveOrZero @Max(3650) Integer minRemainingDays,
    @NotNull ProductStatus status,
    @NotNull Boolean newProduct) {

  ProductDetails details() {
    return new ProductDetails(name, category, ingredients, minRemainingDays, status, newProduct);
  }
}
