package me.snaq.inventory.subscriber.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberStatus;
import me.snaq.inventory.subscriber.domain.Profile;
import me.snaq.inventory.subscriber.domain.Subscriber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscriber")
public record SubscriberResponse(
    String id,
    String brand,
    SubscriberStatus status,
    LocalDate nextDeliveryDate,
    List<String> excludedIngredients,
    List<String> ngSkus,
    List<String> likedCategories,
    Map<String, Rating> ratings,
    List<String> requests,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static SubscriberResponse from(Subscriber subscriber) {
    Profile p = subscriber.profile();
    return new SubscriberResponse(
        p.id(),
        p.brand(),
        p.status(),
        p.nextDeliveryDate(),
        p.excludedIngredients(),
        p.ngSkus(),
        p.likedCategories(),
        p.ratings(),
        p.requests(),
        subscriber.version(),
        subscriber.createdAt(),
        subscriber.updatedAt());
  }
}
