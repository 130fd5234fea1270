package me.snaq.inventory.inventory.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.ShipExceptionReason;
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
    @Schema(
            description =
                "Why it shipped short: DAMAGED, MISSING, or DAMAGED,MISSING; null unless units were reported short at shipping.")
        String shortReason,
    @Schema(description = "Units reported short at shipping, per lot and reason.")
        List<ShipException> shipExceptions,
    String endReason,
    List<Line> lines,
    Instant createdAt,
    Instant updatedAt) {

  @Schema(name = "AllocationLine")
  public record Line(String sku, int quantity, int allocated, int shortBy, List<PickedLot> lots) {}

  @Schema(name = "PickedLot")
  public record PickedLot(
      long lotId, String lotCode, String owner, LocalDate bestBefore, int quantity) {}

  @Schema(name = "ShippedShort")
  public record ShipException(String sku, long lotId, ShipExceptionReason reason, int quantity) {}

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
        a.shortReason(),
        view.shipExceptions().stream()
            .map(e -> new ShipException(e.sku(), e.lotId(), e.reason(), e.quantity()))
            .toList(),
        a.endReason(),
        lines,
        a.createdAt(),
        a.updatedAt());
  }
}
