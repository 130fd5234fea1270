package me.snaq.inventory.inventory.api;

import java.util.List;
import me.snaq.inventory.shared.error.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkReceiveResult", description = "One result per item, in the order sent.")
public record BulkReceiveResponse(int received, int failed, List<Item> items) {

  @Schema(name = "BulkReceiveItem")
  public record Item(
      @Schema(description = "Position in the request (JSON: from 0) or CSV line number.") int index,
      @Schema(description = "201 when received, else the problem's status.") int status,
      LotResponse lot,
      Problem problem) {}

  static BulkReceiveResponse of(List<Item> items) {
    int received = (int) items.stream().filter(i -> i.status() == 201).count();
    return new BulkReceiveResponse(received, items.size() - received, items);
  }
}
