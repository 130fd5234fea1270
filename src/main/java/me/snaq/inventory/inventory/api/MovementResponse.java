package me.snaq.inventory.inventory.api;

import java.time.Instant;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.inventory.domain.Movement;
import me.snaq.inventory.inventory.domain.MovementType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Movement", description = "One entry of the append-only stock ledger.")
public record MovementResponse(
    long id,
    long lotId,
    String sku,
    String owner,
    MovementType type,
    int onHandDelta,
    int reservedDelta,
    @Schema(description = "The lot's stored status after this movement.") LotStatus statusAfter,
    String reason,
    String note,
    @Schema(description = "What caused it: an allocation or run id.") String reference,
    @Schema(description = "The API key that made it (or a system job).") String actor,
    Instant occurredAt) {

  static MovementResponse from(Movement m) {
    return new MovementResponse(
        m.id(),
        m.lotId(),
        m.sku(),
        m.owner(),
        m.type(),
        m.onHandDelta(),
        m.reservedDelta(),
        m.statusAfter(),
        m.reason(),
        m.note(),
        m.reference(),
        m.actor(),
        m.occurredAt());
  }
}
