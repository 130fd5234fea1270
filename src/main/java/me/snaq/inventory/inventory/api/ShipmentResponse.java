package me.snaq.inventory.inventory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.Shipment;
import me.snaq.inventory.inventory.ShipmentItem;
import me.snaq.inventory.inventory.ShippingService;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Shipment",
    description =
        "A bulk shipment: RUNNING while items are pending, then SUCCEEDED. `items` is present"
            + " when the request was answered at once (200); otherwise read"
            + " /v1/shipments/{id}/items.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentResponse(
    long id,
    @Schema(enumeration = {"RUNNING", "SUCCEEDED"}) String status,
    Long runId,
    int total,
    int shipped,
    int refused,
    @Schema(description = "Items not yet settled.") int pending,
    Instant createdAt,
    Instant finishedAt,
    List<ShipmentItemResponse> items) {

  static ShipmentResponse from(Shipment shipment, List<ShipmentItem> items) {
    return new ShipmentResponse(
        shipment.id(),
        shipment.status(),
        shipment.runId(),
        shipment.total(),
        shipment.shipped(),
        shipment.refused(),
        shipment.total() - shipment.shipped() - shipment.refused(),
        shipment.createdAt(),
        shipment.finishedAt(),
        items == null ? null : items.stream().map(ShipmentItemResponse::from).toList());
  }

  static ShipmentResponse from(ShippingService.Started started) {
    return from(started.shipment(), started.done() ? started.items() : null);
  }

  /** 200 with every verdict when shipped at once; 202 and the progress resource otherwise. */
  static Outcome outcome(ShippingService.Started started) {
    return new Outcome(
        started.done() ? 200 : 202, "/v1/shipments/" + started.shipment().id(), from(started));
  }
}
