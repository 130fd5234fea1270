package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.inventory.LotReceipt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReceiveLotRequest",
    example =
        "{\"sku\": \"CHOC-001\", \"lotCode\": \"L2026-1126-A\", \"owner\": \"house\","
            + " \"bestBefore\": \"2027-02-28\", \"quantity\": 480, \"location\": \"A-03-2\"}")
public record ReceiveLotRequest(
    @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$") String sku,
    @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]*$") String lotCode,
    @Schema(description = "Absent or `house` for shared stock; a partner brand for its own stock.")
        @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$")
        String owner,
    @NotNull LocalDate bestBefore,
    @NotNull @Positive @Max(1_000_000) Integer quantity,
    @NotBlank @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$") String location,
    @Schema(description = "When it arrived; defaults to now.") Instant receivedAt) {

  public LotReceipt receipt() {
    return new LotReceipt(
        sku,
        lotCode,
        owner == null ? HouseBrand.CODE : owner,
        bestBefore,
        quantity,
        location,
        receivedAt);
  }
}
