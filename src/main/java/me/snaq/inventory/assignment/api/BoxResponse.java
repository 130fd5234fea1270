package me.snaq.inventory.assignment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import me.snaq.inventory.assignment.domain.RunBox;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentBox")
public record BoxResponse(
    String subscriberId,
    String brand,
    @JsonProperty("short")
        @Schema(description = "True when the box holds fewer items than its recipe's size.")
        boolean isShort,
    @Schema(
            description =
                "NO_RECIPE, NOT_ENOUGH_PERMITTED_PRODUCTS,"
                    + " REQUIRED_CATEGORY_OUT_OF_STOCK or STOCK_EXHAUSTED; absent when full.")
        String shortReason,
    String shortDetail,
    @Schema(description = "Preference points of the box.") int score,
    @Schema(description = "The most points the box could get with unlimited stock.") int bound,
    List<RunBox.RunItem> items) {
  static BoxResponse from(RunBox box) {
    return new BoxResponse(
        box.subscriberId(),
        box.brand(),
        box.isShort(),
        box.shortReason(),
        box.shortDetail(),
        box.score(),
        box.bound(),
        box.items());
  }
}
