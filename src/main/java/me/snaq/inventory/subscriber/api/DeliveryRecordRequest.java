package me.snaq.inventory.subscriber.api;

import java.time.LocalDate;
import me.snaq.inventory.subscriber.DeliveryInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DeliveryRecord",
    description = "A product a subscriber received on a date (history from before this service).",
    example =
        "{\"subscriberId\": \"sub-000123\", \"sku\": \"CHOC-001\", \"deliveryDate\": \"2026-10-02\"}")
public record DeliveryRecordRequest(
    @Schema(required = true) String subscriberId,
    @Schema(required = true) String sku,
    @Schema(required = true, description = "Not after today (warehouse time).")
        LocalDate deliveryDate) {

  DeliveryInput toInput() {
    return new DeliveryInput(subscriberId, sku, deliveryDate);
  }
}
