package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import me.snaq.inventory.shared.error.FieldError;
import me.snaq.inventory.subscriber.ItemStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubscriberUpsertResult",
    description = "How many items were created, updated, unchanged or rejected; one result each.")
public record BulkUpsertResponse(
    int created, int updated, int unchanged, int rejected, List<Item> items) {

  @Schema(name = "SubscriberUpsertItem")
  public record Item(
      @Schema(description = "Position in the array (from 0), or the CSV line number.") int index,
      @Schema(description = "The item's id, when it has one.") String id,
      ItemStatus status,
      @Schema(description = "Why the item was rejected.")
          @JsonInclude(JsonInclude.Include.NON_EMPTY)
          List<FieldError> errors) {}
}
