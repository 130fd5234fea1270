package me.snaq.inventory.inventory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import me.snaq.inventory.inventory.ShipRefusal;
import me.snaq.inventory.inventory.ShipmentItem;
import me.snaq.inventory.inventory.ShipmentItemStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShipmentItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentItemResponse(
    long allocationId,
    ShipmentItemStatus status,
    @Schema(description = "Why a REFUSED item did not ship.") ShipRefusal reason) {
  static ShipmentItemResponse from(ShipmentItem item) {
    return new ShipmentItemResponse(
        item.allocationId(),
        ShipmentItemStatus.valueOf(item.status()),
        item.reason() == null ? null : ShipRefusal.valueOf(item.reason()));
  }
}
