package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A subscriber due for a box, with the profile the hard rules and preferences read.
 *
 * @param history products received before, with when (for each product its last receipt is enough)
 * @param boxDates the dates of the subscriber's past boxes, for a repeat window counted in boxes
 */
public record Subscriber(
    String id,
    String brand,
    Set<String> excludedIngredients,
    Set<String> ngSkus,
    Set<String> likedCategories,
    Map<String, Rating> ratings,
    Set<String> requests,
    List<Delivery> history,
    List<LocalDate> boxDates) {
  public Subscriber {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(brand, "brand");
    excludedIngredients = Set.copyOf(excludedIngredients);
    ngSkus = Set.copyOf(ngSkus);
    likedCategories = Set.copyOf(likedCategories);
    ratings = Map.copyOf(ratings);
    requests = Set.copyOf(requests);
    history = List.copyOf(history);
    boxDates = List.copyOf(boxDates);
  }
}
