package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A subscriber's profile as flags per product (DESIGN 5): the hard rules it sets (NG list, DISLIKE,
 * repeat window) and the reason a product it permits would be chosen. The one home of these rules
 * in the engine: candidates are built from them and {@link WhyNot} explains by them.
 */
final class ProfileMarks {
  static final int NG = 1;
  static final int DISLIKE = 2;
  static final int LOVE = 4;
  static final int LIKE = 8;
  static final int OK = 16;
  static final int REQUEST = 32;
  static final int RECEIVED = 64;
  static final int IN_WINDOW = 128;

  private ProfileMarks() {}

  /** Sets each product's flags (by catalog index) from the subscriber's profile. */
  static void mark(
      int[] marks, Catalog catalog, Subscriber subscriber, Recipe recipe, LocalDate deliveryDate) {
    subscriber.ngSkus().forEach(sku -> mark(marks, catalog, sku, NG));
    subscriber.requests().forEach(sku -> mark(marks, catalog, sku, REQUEST));
    subscriber.ratings().forEach((sku, rating) -> mark(marks, catalog, sku, flagOf(rating)));
    LocalDate oldestInWindow = oldestOfLast(subscriber.boxDates(), recipe.repeatWindowBoxes());
    for (Delivery delivery : subscriber.history()) {
      boolean inWindow = inWindow(delivery, oldestInWindow, recipe, deliveryDate);
      mark(marks, catalog, delivery.sku(), inWindow ? RECEIVED | IN_WINDOW : RECEIVED);
    }
  }

  /** True when the receipt falls in the repeat window of a box delivered on the date. */
  static boolean inWindow(
      Delivery delivery, LocalDate oldestInWindow, Recipe recipe, LocalDate deliveryDate) {
    return (oldestInWindow != null && !delivery.date().isBefore(oldestInWindow))
        || ChronoUnit.DAYS.between(delivery.date(), deliveryDate) < recipe.repeatWindowDays();
  }

  /** The date of the K-th latest box, or of the oldest when there are fewer; null for none. */
  static LocalDate oldestOfLast(List<LocalDate> boxDates, int boxes) {
    if (boxes == 0 || boxDates.isEmpty()) {
      return null;
    }
    long[] days = boxDates.stream().mapToLong(LocalDate::toEpochDay).distinct().sorted().toArray();
    return LocalDate.ofEpochDay(days[Math.max(0, days.length - boxes)]);
  }

  /** NG list, DISLIKE or the repeat window keeps the product out. */
  static boolean breaksARule(int mark) {
    return (mark & (NG | DISLIKE | IN_WINDOW)) != 0;
  }

  /** Never received and never rated. */
  static boolean isDiscovery(int mark) {
    return (mark & (LOVE | LIKE | OK | DISLIKE | RECEIVED)) == 0;
  }

  /** The strongest preference a permitted product satisfies. */
  static Reason reasonOf(int mark, boolean likedCategory, boolean discovery) {
    if ((mark & REQUEST) != 0) {
      return Reason.REQUESTED;
    } else if ((mark & LOVE) != 0) {
      return Reason.LOVED;
    } else if ((mark & LIKE) != 0) {
      return Reason.LIKED;
    } else if (likedCategory) {
      return Reason.LIKED_CATEGORY;
    } else if (discovery) {
      return Reason.DISCOVERY;
    } else if ((mark & OK) != 0) {
      return Reason.RATED_OK;
    }
    return Reason.RECEIVED_BEFORE;
  }

  private static void mark(int[] marks, Catalog catalog, String sku, int flag) {
    Integer p = catalog.skuIndex.get(sku);
    if (p != null) {
      marks[p] |= flag;
    }
  }

  private static int flagOf(Rating rating) {
    return switch (rating) {
      case LOVE -> LOVE;
      case LIKE -> LIKE;
      case OK -> OK;
      case DISLIKE -> DISLIKE;
    };
  }
}
