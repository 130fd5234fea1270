package me.snaq.inventory.inventory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.domain.AllocationMode;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateAllocationRequest",
    example =
        "{\"brand\": \"standard\", \"reference\": \"box-2030-06-01-000123\", \"subscriberId\":"
            + " \"sub-000123\", \"deliveryDate\": \"2030-06-01\", \"lines\": [{\"sku\":"
            + " \"CHOC-001\", \"quantity\": 1}, {\"sku\": \"NUTS-003\", \"quantity\": 2}],"
            + " \"mode\": \"FIRM\"}")
public record CreateAllocationRequest(
    @Schema(
            required = true,
            description = "The brand allocating; a partner's key may name only its own.")
        @NotBlank
        @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$")
        String brand,
    @NotBlank @Size(max = 100) @Schema(description = "Order or box id; one open allocation each.")
        String reference,
    @Size(max = 64) @Schema(description = "The subscriber whose box this is, if any.")
        String subscriberId,
    @NotNull LocalDate deliveryDate,
    @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Line> lines,
    @NotNull AllocationMode mode,
    @Schema(description = "HOLD only: when the hold lapses; defaults to 30 minutes from now.")
        Instant holdUntil,
    @Schema(description = "Take what there is and say what is short, instead of a 409.")
        Boolean allowPartial) {

  @Schema(name = "AllocationLineRequest")
  public record Line(
      @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$") String sku,
      @NotNull @Positive @Max(100_000) Integer quantity) {}

  AllocationRequest toRequest() {
    Instant until = mode == AllocationMode.HOLD ? holdUntil : null;
    return new AllocationRequest(
        brand,
        reference,
        subscriberId,
        deliveryDate,
        lines.stream().map(l -> new AllocationRequest.Line(l.sku(), l.quantity())).toList(),
        mode,
        until,
        Boolean.TRUE.equals(allowPartial));
  }
}
