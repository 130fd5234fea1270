package me.snaq.inventory.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ShelfLifeTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate BEST_BEFORE = LocalDate.of(2026, 12, 10);

  private static LocalDate todayAt(int year, int month, int day, int hour, int minute) {
    Clock clock =
        Clock.fixed(
            ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TOKYO).toInstant(), TOKYO);
    return ShelfLife.today(clock);
  }

  @Test
  void shouldKeepALotUsableThroughTheLastMinuteOfItsBestBeforeDay() {
    assertThat(ShelfLife.isExpired(BEST_BEFORE, todayAt(2026, 12, 10, 23, 59))).isFalse();
  }

  @Test
  void shouldExpireALotAtMidnightWarehouseTime() {
    assertThat(ShelfLife.isExpired(BEST_BEFORE, todayAt(2026, 12, 11, 0, 0))).isTrue();
  }

  @Test
  void shouldTreatBestBeforeTodayAsUsableAndYesterdayAsExpired() {
    LocalDate today = LocalDate.of(2026, 12, 10);
    assertThat(ShelfLife.isExpired(today, today)).isFalse();
    assertThat(ShelfLife.isExpired(today.minusDays(1), today)).isTrue();
    assertThat(ShelfLife.isExpired(today.plusDays(1), today)).isFalse();
  }

  @Test
  void shouldDecideTheDayInWarehouseTimeNotUtc() {
    // 2026-12-10 15:30 UTC is already 2026-12-11 00:30 in Tokyo.
    Clock clock =
        Clock.fixed(
            ZonedDateTime.of(2026, 12, 10, 15, 30, 0, 0, ZoneId.of("UTC")).toInstant(), TOKYO);
    assertThat(ShelfLife.isExpired(BEST_BEFORE, ShelfLife.today(clock))).isTrue();
  }

  @Test
  void shouldServeADeliveryOnlyWithTheFloorsDaysLeft() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    LocalDate delivery = LocalDate.of(2026, 12, 1);
    assertThat(ShelfLife.servesDelivery(LocalDate.of(2026, 12, 31), today, delivery, 30)).isTrue();
    assertThat(ShelfLife.servesDelivery(LocalDate.of(2026, 12, 30), today, delivery, 30)).isFalse();
    assertThat(ShelfLife.floorDate(today, delivery, 30)).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void shouldNeverLetAFloorAdmitAnExpiredLot() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    assertThat(ShelfLife.floorDate(today, today, 0)).isEqualTo(today);
    assertThat(ShelfLife.servesDelivery(today.minusDays(1), today, today, 0)).isFalse();
  }

  @Test
  void shouldRaiseTheProductsFloorByTheBrandsPolicy() {
    assertThat(ShelfLife.floorDays(30, null)).isEqualTo(30);
    assertThat(ShelfLife.floorDays(30, 60)).isEqualTo(60);
    assertThat(ShelfLife.floorDays(30, 14)).isEqualTo(30);
  }
}
