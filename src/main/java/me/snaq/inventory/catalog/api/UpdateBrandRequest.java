package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import me.snaq.inventory.catalog.BrandDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UpdateBrandRequest",
    example = "{\"name\": \"Kinoko Foods\", \"active\": true, \"minRemainingDays\": 45}")
public record UpdateBrandRequest(
    @NotBlank @Size(max = 120) String name,
    @NotNull Boolean active,
    @PositiveOrZero @Max(3650) Integer minRemainingDays) {

  BrandDetails details() {
    return new BrandDetails(name, active, minRemainingDays);
  }
}
