package me.snaq.inventory.inventory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import me.snaq.inventory.inventory.ReportedShortage;
import me.snaq.inventory.inventory.ShipExceptionReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ShipAllocationRequest",
    example =
        "{\"exceptions\": [{\"sku\": \"SNQ-CHOC-01\", \"quantity\": 1, \"reason\": \"DAMAGED\"}]}")
public record ShipAllocationRequest(
    @Size(max = 100)
        @Schema(
            description =
                "Units the packer could not ship; the rest of the box ships. Empty or absent: the whole box.")
        List<@Valid @NotNull Shortage> exceptions) {

  @Schema(name = "ShipException")
  public record Shortage(
      @NotBlank @Size(max = 64) String sku,
      @Positive @Schema(minimum = "1") int quantity,
      @NotNull ShipExceptionReason reason,
      @Positive
          @Schema(
              description =
                  "The lot the units came from; absent: the box's lots of the SKU in pick-list order.")
          Long lotId) {}

  List<ReportedShortage> shortages() {
    return exceptions == null
        ? List.of()
        : exceptions.stream()
            .map(e -> new ReportedShortage(e.sku(), e.quantity(), e.reason(), e.lotId()))
            .toList();
  }
}
