package me.snaq.inventory.inventory.domain;

import static me.snaq.inventory.inventory.domain.LotTestData.NOW;
import static me.snaq.inventory.inventory.domain.LotTestData.aLot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LotTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void shouldRecordTheReceiptAsTheFirstMovement() {
    Lot lot = aLot().withOnHand(40).build();
    assertThat(lot.receipt()).isEqualTo(new LotChange(MovementType.RECEIVE, 40, 0, null, null));
    assertThat(lot.status()).isEqualTo(LotStatus.AVAILABLE);
  }

  @Test
  void shouldRefuseAnAdjustmentAgainstAStaleOnHandAndChangeNothing() {
    Lot lot = aLot().withOnHand(40).build();
    assertThatThrownBy(() -> lot.adjust(-5, AdjustmentReason.DAMAGED, 39, null, NOW))
        .isInstanceOf(OnHandMismatchException.class);
    assertThat(lot.onHand()).isEqualTo(40);
  }

  @Test
  void shouldNeverGoBelowZero() {
    Lot lot = aLot().withOnHand(5).build();
    assertThatThrownBy(() -> lot.adjust(-6, AdjustmentReason.DAMAGED, 5, null, NOW))
        .isInstanceOf(InsufficientStockException.class);
    assertThatThrownBy(() -> lot.writeOff(6, WriteOffReason.DAMAGED, null, NOW))
        .isInstanceOf(InsufficientStockException.class);
    assertThat(lot.onHand()).isEqualTo(5);
  }

  @Test
  void shouldBecomeDepletedWhenEmptyAndAvailableWhenFoundAgain() {
    Lot lot = aLot().withOnHand(5).build();
    lot.writeOff(null, WriteOffReason.DAMAGED, null, NOW);
    assertThat(lot.status()).isEqualTo(LotStatus.DEPLETED);
    lot.adjust(2, AdjustmentReason.FOUND, 0, null, NOW);
    assertThat(lot.status()).isEqualTo(LotStatus.AVAILABLE);
  }

  @Test
  void shouldRecordACountOfTheDifference() {
    Lot lot = aLot().withOnHand(40).build();
    LotChange change = lot.count(37, null, null, NOW);
    assertThat(change.onHandDelta()).isEqualTo(-3);
    assertThat(change.reason()).isEqualTo("COUNT");
  }

  @Test
  void shouldComeBackFromHoldExpiredWhenItsDayHasPassed() {
    Lot lot = aLot().withBestBefore(TODAY.minusDays(1)).build();
    lot.hold("inspection", null, NOW);
    assertThat(lot.statusOn(TODAY)).isEqualTo(LotStatus.ON_HOLD);
    lot.unhold(null, TODAY, NOW);
    assertThat(lot.status()).isEqualTo(LotStatus.EXPIRED);
  }

  @Test
  void shouldReadExpiredBeforeTheJobHasRun() {
    Lot lot = aLot().withBestBefore(TODAY.minusDays(1)).build();
    assertThat(lot.status()).isEqualTo(LotStatus.AVAILABLE);
    assertThat(lot.statusOn(TODAY)).isEqualTo(LotStatus.EXPIRED);
    assertThat(aLot().withBestBefore(TODAY).build().statusOn(TODAY)).isEqualTo(LotStatus.AVAILABLE);
  }

  @Test
  void shouldRefuseToHoldAHeldLotOrExpireAHeldOne() {
    Lot lot = aLot().build();
    lot.hold("recall check", null, NOW);
    assertThatThrownBy(() -> lot.hold("again", null, NOW))
        .isInstanceOf(IllegalLotStateException.class);
    assertThatThrownBy(() -> lot.expire(NOW)).isInstanceOf(IllegalLotStateException.class);
  }
}
