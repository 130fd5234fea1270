package me.snaq.inventory.assignment.api;

import java.util.List;
import me.snaq.inventory.inventory.PickLine;
import me.snaq.inventory.shared.web.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PagePickLine", description = "One page of a pick list, in walking order.")
public record PickListPage(
    List<PickLineResponse> items,
    @Schema(description = "The cursor of the next page; absent on the last.") String nextCursor) {
  static PickListPage from(Page<PickLine> page) {
    return new PickListPage(
        page.items().stream().map(PickLineResponse::from).toList(), page.nextCursor());
  }
}
