package me.snaq.inventory.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.catalog.QuotaInfo;
import org.junit.jupiter.api.Test;

class FreeStockTest {
  private static final LocalDate FLOOR = LocalDate.of(2026, 12, 20);
  private static final Instant RECEIVED = Instant.parse("2026-11-01T00:00:00Z");

  private static FefoLot lot(long id, String owner, LocalDate bestBefore, int free) {
    return new FefoLot(id, "L" + id, owner, bestBefore, RECEIVED, "A-1", free);
  }

  @Test
  void shouldTakeFefoSplittingOverLotsAndLeaveTheRestForTheNextOrder() {
    FreeStock stock =
        new FreeStock(
            Map.of(
                "S1", List.of(lot(1, "house", FLOOR, 3), lot(2, "house", FLOOR.plusDays(5), 10))),
            Map.of(),
            List.of());

    List<AllocationPick> first = stock.take("standard", "S1", FLOOR, 5, 13);

    assertThat(first)
        .extracting(AllocationPick::lotId, AllocationPick::quantity)
        .containsExactly(tuple(1L, 3), tuple(2L, 2));
    assertThat(stock.availability("standard", "S1", FLOOR).available()).isEqualTo(8);
    assertThat(stock.take("standard", "S1", FLOOR, 8, 8))
        .extracting(AllocationPick::lotId, AllocationPick::quantity)
        .containsExactly(tuple(2L, 8));
    assertThat(stock.availability("standard", "S1", FLOOR).available()).isZero();
  }

  @Test
  void shouldNeitherCountNorTakeLotsBelowTheFloorOrOfAnotherOwner() {
    FreeStock stock =
        new FreeStock(
            Map.of(
                "S1",
                List.of(
                    lot(1, "house", FLOOR.minusDays(1), 50),
                    lot(2, "kinoko", FLOOR, 7),
                    lot(3, "otsumami", FLOOR, 9),
                    lot(4, "house", FLOOR, 4))),
            Map.of(),
            List.of());

    BrandAvailability kinoko = stock.availability("kinoko", "S1", FLOOR);

    assertThat(kinoko.own()).isEqualTo(7);
    assertThat(kinoko.houseUsable()).isEqualTo(4);
    assertThat(kinoko.available()).isEqualTo(11);
    assertThat(stock.take("kinoko", "S1", FLOOR, 20, kinoko.houseShare()))
        .extracting(AllocationPick::lotId)
        .containsExactly(2L, 4L);
  }

  @Test
  void shouldCountHouseUnitsTakenAgainstTheBrandsLimitForTheNextOrder() {
    FreeStock stock =
        new FreeStock(
            Map.of("S1", List.of(lot(1, "house", FLOOR, 100))),
            Map.of("S1", Map.of("kinoko", 6)),
            List.of(new QuotaInfo("kinoko", "S1", 0, 10)));

    BrandAvailability before = stock.availability("kinoko", "S1", FLOOR);
    stock.take("kinoko", "S1", FLOOR, 3, before.houseShare());
    BrandAvailability after = stock.availability("kinoko", "S1", FLOOR);

    assertThat(before.available()).isEqualTo(4);
    assertThat(after.houseHeld()).isEqualTo(9);
    assertThat(after.available()).isEqualTo(1);
  }

  @Test
  void shouldKeepAnotherBrandsRingFenceUntilItHasTakenItsUnits() {
    FreeStock stock =
        new FreeStock(
            Map.of("S1", List.of(lot(1, "house", FLOOR, 30))),
            Map.of(),
            List.of(new QuotaInfo("kinoko", "S1", 20, null)));

    assertThat(stock.availability("standard", "S1", FLOOR).available()).isEqualTo(10);
    stock.take("kinoko", "S1", FLOOR, 15, 30);
    // kinoko took 15 of its 20 ring-fenced units: 5 stay fenced of the 15 left.
    BrandAvailability standard = stock.availability("standard", "S1", FLOOR);
    assertThat(standard.available()).isEqualTo(10);
    assertThat(stock.take("standard", "S1", FLOOR, 50, standard.houseShare()))
        .extracting(AllocationPick::quantity)
        .containsExactly(10);
  }

  @Test
  void shouldTakeNoMoreHouseUnitsThanTheBudget() {
    FreeStock stock =
        new FreeStock(
            Map.of(
                "S1", List.of(lot(1, "house", FLOOR, 30), lot(2, "kinoko", FLOOR.plusDays(1), 2))),
            Map.of(),
            List.of());

    List<AllocationPick> picks = stock.take("kinoko", "S1", FLOOR, 10, 5);

    assertThat(picks)
        .extracting(AllocationPick::lotId, AllocationPick::quantity)
        .containsExactly(tuple(1L, 5), tuple(2L, 2));
  }
}
