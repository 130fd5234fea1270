package me.snaq.inventory.subscriber.domain;

import java.time.LocalDate;
import me.snaq.inventory.subscriber.SubscriberStatus;

/** Filters of the subscriber list; null means "any". A partner's brand is forced to its own. */
public record SubscriberFilter(String brand, SubscriberStatus status, LocalDate nextDeliveryDate) {

  public SubscriberFilter withBrand(String scopedBrand) {
    return new SubscriberFilter(scopedBrand, status, nextDeliveryDate);
  }
}
