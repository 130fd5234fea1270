package me.snaq.inventory.inventory.domain;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place that decides expiry and shelf-life floors (DESIGN 3). Expiry is inclusive: a lot
 * with best-before 2026-12-10 is usable through the end of that day in warehouse time and expired
 * from 2026-12-11 00:00. SQL reads use {@link #usableFrom} and {@link #floorDate} as parameters, so
 * they apply exactly these rules.
 */
public final class ShelfLife {
  private ShelfLife() {}

  /** The warehouse's calendar day now; the clock carries the warehouse time zone. */
  public static LocalDate today(Clock warehouseClock) {
    return LocalDate.now(warehouseClock);
  }

  /** Whether a lot with this best-before is expired on the given warehouse day. */
  public static boolean isExpired(LocalDate bestBefore, LocalDate today) {
    return bestBefore.isBefore(today);
  }

  /** The earliest best-before that is still usable today: lots dated before it are expired. */
  public static LocalDate usableFrom(LocalDate today) {
    return today;
  }

  /**
   * The earliest best-before that may serve a delivery on {@code deliveryDate} with at least {@code
   * minRemainingDays} of life left then, and that is not expired today.
   */
  public static LocalDate floorDate(LocalDate today, LocalDate deliveryDate, int minRemainingDays) {
    LocalDate floor = deliveryDate.plusDays(minRemainingDays);
    return floor.isBefore(usableFrom(today)) ? usableFrom(today) : floor;
  }

  /**
   * Whether a lot may serve the delivery: {@code bestBefore - deliveryDate >= minRemainingDays}.
   */
  public static boolean servesDelivery(
      LocalDate bestBefore, LocalDate today, LocalDate deliveryDate, int minRemainingDays) {
    return !bestBefore.isBefore(floorDate(today, deliveryDate, minRemainingDays));
  }

  /** The floor in days for a product and brand: the product's, raised by the brand's policy. */
  public static int floorDays(int productMinRemainingDays, Integer brandMinRemainingDays) {
    return brandMinRemainingDays == null
        ? productMinRemainingDays
        : Math.max(productMinRemainingDays, brandMinRemainingDays);
  }
}
