package me.snaq.inventory.subscriber.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubscriberProfile",
    description =
        "A subscriber's profile. Lists are sets (order does not matter, each item once); every"
            + " SKU must exist.",
    example =
        "{\"id\": \"sub-000123\", \"brand\": \"standard\", \"status\": \"ACTIVE\","
            + " \"nextDeliveryDate\": \"2030-06-01\", \"excludedIngredients\": [\"peanut\"],"
            + " \"ngSkus\": [\"JERK-003\"], \"likedCategories\": [\"chocolate\"],"
            + " \"ratings\": {\"CHOC-001\": \"LOVE\", \"NUTS-004\": \"DISLIKE\"},"
            + " \"requests\": [\"BAKE-002\"]}")
public record ProfileRequest(
    @Schema(
            required = true,
            maxLength = 64,
            pattern = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$",
            description =
                "The subscription system's id; unique across brands. A partner brand's"
                    + " subscribers have ids that begin with its code and a colon (kinoko:0001),"
                    + " and ids that begin so belong to that partner only.")
        String id,
    @Schema(required = true, description = "The box line (or partner); not the house.")
        String brand,
    @Schema(required = true) SubscriberStatus status,
    @Schema(description = "The date of the next box, when one is planned.")
        LocalDate nextDeliveryDate,
    @Schema(maxItems = 50, description = "Ingredient codes never to send.")
        List<String> excludedIngredients,
    @Schema(maxItems = 60, description = "Products never to send (at most 60).")
        List<String> ngSkus,
    @Schema(maxItems = 50) List<String> likedCategories,
    @Schema(description = "SKU -> LOVE, LIKE, OK or DISLIKE (at most 1,000).")
        Map<String, Rating> ratings,
    @Schema(maxItems = 60, description = "Products the subscriber asked for (a soft wish).")
        List<String> requests) {

  ProfileInput toInput() {
    return new ProfileInput(
        id,
        brand,
        status,
        nextDeliveryDate,
        excludedIngredients,
        ngSkus,
        likedCategories,
        ratings,
        requests);
  }
}
