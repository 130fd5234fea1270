package me.snaq.inventory.inventory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import me.snaq.inventory.inventory.LotView;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lot")
public record LotResponse(
    long id,
    String sku,
    String lotCode,
    @Schema(description = "`house` for shared stock, or the partner brand that owns it.")
        String owner,
    LocalDate bestBefore,
    @Schema(
            description =
                "Days from today (warehouse time) to the best-before; negative when past.")
        long daysToBestBefore,
    Instant receivedAt,
    String location,
    int onHand,
    @Schema(description = "Units held by allocations (HELD or ALLOCATED).") int reserved,
    @Schema(description = "onHand - reserved.") int free,
    @Schema(description = "As of today: EXPIRED once the best-before day has ended.")
        LotStatus status,
    String holdReason,
    LocalDate holdReviewOn,
    long version,
    Instant updatedAt) {

  public static LotResponse from(LotView view) {
    Lot lot = view.lot();
    return new LotResponse(
        lot.id(),
        lot.sku(),
        lot.lotCode(),
        lot.owner(),
        lot.bestBefore(),
        ChronoUnit.DAYS.between(view.today(), lot.bestBefore()),
        lot.receivedAt(),
        lot.location(),
        lot.onHand(),
        lot.reserved(),
        lot.free(),
        view.status(),
        lot.holdReason(),
        lot.holdReviewOn(),
        lot.version(),
        lot.updatedAt());
  }
}
