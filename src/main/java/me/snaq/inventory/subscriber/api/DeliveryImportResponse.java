package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import me.snaq.inventory.shared.error.FieldError;
import me.snaq.inventory.subscriber.ItemStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DeliveryImportResult",
    description = "How many deliveries were recorded, already known or rejected; one result each.")
public record DeliveryImportResponse(int created, int unchanged, int rejected, List<Item> items) {

  @Schema(name = "DeliveryImportItem")
  public record Item(
      @Schema(description = "Position in the array, from 0.") int index,
      String subscriberId,
      @Schema(description = "CREATED, UNCHANGED (recorded before) or REJECTED.") ItemStatus status,
      @Schema(description = "Why the item was rejected.")
          @JsonInclude(JsonInclude.Include.NON_EMPTY)
          List<FieldError> errors) {}
}
