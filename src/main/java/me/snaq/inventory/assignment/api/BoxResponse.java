package me.snaq.inventory.assignment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import me.snaq.inventory.assignment.domain.BoxExplanation;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.assignment.engine.WhyNot;
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
    @Schema(description = "Points of the box: preferences, discovery slots, near-floor bonus.")
        int score,
    @Schema(
            description =
                "The most points the box could get with unlimited stock (score <= bound), the"
                    + " near-floor bonus included where a lot offers it.")
        int bound,
    List<RunBox.RunItem> items,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "With explain=true: every product of the catalog the box does not hold, with the"
                    + " first rule that kept it out.")
        List<WhyNotResponse> whyNot) {
  static BoxResponse from(RunBox box) {
    return from(new BoxExplanation(box, null));
  }

  static BoxResponse from(BoxExplanation explained) {
    RunBox box = explained.box();
    return new BoxResponse(
        box.subscriberId(),
        box.brand(),
        box.isShort(),
        box.shortReason(),
        box.shortDetail(),
        box.score(),
        box.bound(),
        box.items(),
        explained.whyNot() == null
            ? null
            : explained.whyNot().stream().map(WhyNotResponse::from).toList());
  }

  /** Why the box does not hold a product. */
  @Schema(name = "WhyNot")
  public record WhyNotResponse(
      String sku,
      @Schema(
              description =
                  "The first rule that kept the product out, tried in this order: NOT_ELIGIBLE,"
                      + " INACTIVE, NG_LIST, EXCLUDED_INGREDIENT, DISLIKED, REPEAT_WINDOW,"
                      + " NO_STOCK_AT_FLOOR, QUOTA, CATEGORY_FULL, STOCK_TAKEN (other boxes took"
                      + " its units), OUTSCORED (its points against the weakest chosen item).")
          WhyNot.Rule rule,
      @Schema(description = "What the rule found, e.g. `contains almond`.") String detail,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "The product's preference points in this box; absent when a hard rule keeps it"
                      + " out.")
          Integer points) {
    static WhyNotResponse from(WhyNot.Exclusion exclusion) {
      return new WhyNotResponse(
          exclusion.sku(), exclusion.rule(), exclusion.detail(), exclusion.points());
    }
  }
}
