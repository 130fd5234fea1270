package me.snaq.inventory.assignment.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import me.snaq.inventory.assignment.engine.Delivery;
import me.snaq.inventory.assignment.engine.Recipe;
import me.snaq.inventory.assignment.engine.Subscriber;

/**
 * The skus a subscriber may not get again: those of their last K boxes (K distinct delivery dates,
 * newest first) and those received less than D days before the delivery date.
 */
final class RepeatWindow {
  private RepeatWindow() {}

  static Set<String> skusIn(Subscriber subscriber, Recipe recipe, LocalDate deliveryDate) {
    List<LocalDate> lastBoxes =
        subscriber.boxDates().stream()
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(recipe.repeatWindowBoxes())
            .toList();
    Set<String> skus = new HashSet<>();
    for (Delivery delivery : subscriber.history()) {
      long daysBefore = ChronoUnit.DAYS.between(delivery.date(), deliveryDate);
      boolean inLastBoxes =
          !lastBoxes.isEmpty() && !delivery.date().isBefore(lastBoxes.get(lastBoxes.size() - 1));
      if (inLastBoxes || daysBefore < recipe.repeatWindowDays()) {
        skus.add(delivery.sku());
      }
    }
    return skus;
  }
}
