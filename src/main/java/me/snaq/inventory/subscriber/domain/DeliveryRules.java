package me.snaq.inventory.subscriber.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import me.snaq.inventory.subscriber.DeliveryInput;

/**
 * The rules of an imported delivery: a subscriber the caller may see, an existing product and a
 * date that is not after today (history cannot be in the future).
 */
public final class DeliveryRules {
  private DeliveryRules() {}

  /** The rules the delivery breaks; empty when it may be recorded. */
  public static List<Violation> check(
      DeliveryInput in,
      LocalDate today,
      Predicate<String> visibleSubscriber,
      Predicate<String> existingSku) {
    List<Violation> out = new ArrayList<>();
    if (in.subscriberId() == null) {
      out.add(Violation.of("subscriberId", "required"));
    } else if (!Codes.isSubscriberId(in.subscriberId())
        || !visibleSubscriber.test(in.subscriberId())) {
      out.add(Violation.of("subscriberId", "unknownSubscriber"));
    }
    if (in.sku() == null) {
      out.add(Violation.of("sku", "required"));
    } else if (!Codes.isSku(in.sku())) {
      out.add(Violation.of("sku", "sku"));
    } else if (!existingSku.test(in.sku())) {
      out.add(Violation.of("sku", "unknownSku"));
    }
    if (in.deliveryDate() == null) {
      out.add(Violation.of("deliveryDate", "required"));
    } else if (in.deliveryDate().isAfter(today)) {
      out.add(Violation.of("deliveryDate", "notAfterToday"));
    }
    return out;
  }

  /** Whether the SKU is well-formed, so a batch asks the catalog only about real candidates. */
  public static boolean isSku(String sku) {
    return Codes.isSku(sku);
  }
}
