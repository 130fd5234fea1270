package me.snaq.inventory.inventory.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.allocation.AllocationView;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Allocation")
public record AllocationResponse(
    long id,
    String brand,
    String reference,
    String subscriberId,
    LocalDate deliveryDate,
    @Schema(description = "A hold past holdUntil reads EXPIRED.") AllocationState state,
    Instant holdUntil,
    boolean allowPartial,
    @JsonProperty("short") @Schema(description = "Whether any line got less than asked for.")
        boolean isShort,
    String endReason,
    List<Line> lines,
    Instant createdAt,
    Instant updatedAt) {

  @Schema(name = "AllocationLine")
  public record Line(String sku, int quantity, int allocated, int shortBy, List<PickedLot> lots) {}

  @Schema(name = "PickedLot")
  public record PickedLot(
      long lotId, String lotCode, String owner, LocalDate bestBefore, int quantity) {}

  static AllocationResponse from(AllocationView view) {
    Allocation a = view.allocation();
    List<AllocationPick> picks = view.picks();
    List<Line> lines =
        view.lines().stream()
            .map(
                line ->
                    new Line(
                        line.sku(),
                        line.requested(),
                        line.allocated(),
                        line.shortBy(),
                        picks.stream()
                            .filter(p -> p.sku().equals(line.sku()))
                            .map(
                                p ->
                                    new PickedLot(
                                        p.lotId(),
                                        p.lotCode(),
                                        p.owner(),
                                        p.bestBefore(),
                                        p.quantity()))
                            .toList()))
            .toList();
    return new AllocationResponse(
        a.id(),
        a.brand(),
        a.reference(),
        a.subscriberId(),
        a.deliveryDate(),
        view.state(),
        a.holdUntil(),
        a.allowPartial(),
        a.isShort(),
        a.endReason(),
        lines,
        a.createdAt(),
        a.updatedAt());
  }
}
