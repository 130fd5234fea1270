package me.snaq.inventory.subscriber.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberStatus;

/**
 * A profile that keeps every rule (see {@link ProfileRules}). Lists are sorted sets, so the same
 * profile sent again in another order is recognised as unchanged.
 */
public record Profile(
    String id,
    String brand,
    SubscriberStatus status,
    LocalDate nextDeliveryDate,
    List<String> excludedIngredients,
    List<String> ngSkus,
    List<String> likedCategories,
    SortedMap<String, Rating> ratings,
    List<String> requests) {}
