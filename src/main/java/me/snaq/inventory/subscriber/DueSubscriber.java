package me.snaq.inventory.subscriber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ACTIVE subscriber due for a box on a delivery date, with all that assignment reads of them:
 * the profile, and the delivery history before that date in the form its rules need. {@code
 * lastReceived} holds every product ever received with the last date it was (the repeat window in
 * days, and "never received" for discovery); {@code recentBoxDates} the dates of the latest boxes,
 * newest first, at most {@value SubscriberService#MAX_BOX_DATES} (the repeat window in boxes: a
 * product is inside a window of K boxes when received on or after the K-th date).
 */
public record DueSubscriber(
    String id,
    String brand,
    LocalDate deliveryDate,
    Set<String> excludedIngredients,
    Set<String> ngSkus,
    Set<String> likedCategories,
    Map<String, Rating> ratings,
    Set<String> requests,
    Map<String, LocalDate> lastReceived,
    List<LocalDate> recentBoxDates) {

  /** Never received and never rated: a discovery for this subscriber (DESIGN 5). */
  public boolean isDiscovery(String sku) {
    return !lastReceived.containsKey(sku) && !ratings.containsKey(sku);
  }
}
