package me.snaq.inventory.subscriber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A profile as sent, from a JSON item or a CSV line, before any rule is checked: any field may be
 * missing or wrong. Absent lists mean empty ones.
 */
public record ProfileInput(
    String id,
    String brand,
    SubscriberStatus status,
    LocalDate nextDeliveryDate,
    List<String> excludedIngredients,
    List<String> ngSkus,
    List<String> likedCategories,
    Map<String, Rating> ratings,
    List<String> requests) {}
