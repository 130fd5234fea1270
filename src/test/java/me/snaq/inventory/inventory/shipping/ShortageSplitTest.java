package me.snaq.inventory.inventory.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import me.snaq.inventory.inventory.ReportedShortage;
import me.snaq.inventory.inventory.ShipExceptionReason;
import me.snaq.inventory.inventory.domain.ShipException;
import me.snaq.inventory.inventory.domain.ShortageNotInBoxException;
import me.snaq.inventory.inventory.persistence.ShippingQueries.Pick;
import org.junit.jupiter.api.Test;

/** Which units of a box ship when a packer reports some short: no database. */
class ShortageSplitTest {
  private static final List<Pick> BOX =
      List.of(
          new Pick(7, "CHOC", 10, 2, "HOUSE"),
          new Pick(7, "CHOC", 11, 1, "HOUSE"),
          new Pick(7, "NUTS", 20, 1, "acme"));

  private static ReportedShortage damaged(String sku, int quantity, Long lot) {
    return new ReportedShortage(sku, quantity, ShipExceptionReason.DAMAGED, lot);
  }

  @Test
  void shouldShipEverythingWhenNothingIsShort() {
    ShortageSplit.Split split = ShortageSplit.split(7, BOX, List.of());
    assertThat(split.shipped()).isEqualTo(BOX);
    assertThat(split.exceptions()).isEmpty();
    assertThat(split.shortReason()).isNull();
  }

  @Test
  void shouldTakeAShortageOffTheSkusLotsInPickOrder() {
    ShortageSplit.Split split = ShortageSplit.split(7, BOX, List.of(damaged("CHOC", 3, null)));
    assertThat(split.shipped()).containsExactly(new Pick(7, "NUTS", 20, 1, "acme"));
    assertThat(split.exceptions())
        .containsExactly(
            new ShipException("CHOC", 10, ShipExceptionReason.DAMAGED, 2),
            new ShipException("CHOC", 11, ShipExceptionReason.DAMAGED, 1));
  }

  @Test
  void shouldTakeAShortageOffTheNamedLotAndJoinTheReasons() {
    ShortageSplit.Split split =
        ShortageSplit.split(
            7,
            BOX,
            List.of(
                damaged("CHOC", 1, 11L),
                new ReportedShortage("NUTS", 1, ShipExceptionReason.MISSING, null),
                damaged("CHOC", 1, null)));
    assertThat(split.shipped()).containsExactly(new Pick(7, "CHOC", 10, 1, "HOUSE"));
    assertThat(split.exceptions())
        .containsExactly(
            new ShipException("CHOC", 11, ShipExceptionReason.DAMAGED, 1),
            new ShipException("NUTS", 20, ShipExceptionReason.MISSING, 1),
            new ShipException("CHOC", 10, ShipExceptionReason.DAMAGED, 1));
    assertThat(split.shortReason()).isEqualTo("DAMAGED,MISSING");
  }

  @Test
  void shouldMergeTwoReportsOfOneLotAndReason() {
    ShortageSplit.Split split =
        ShortageSplit.split(7, BOX, List.of(damaged("CHOC", 1, 10L), damaged("CHOC", 1, 10L)));
    assertThat(split.exceptions())
        .containsExactly(new ShipException("CHOC", 10, ShipExceptionReason.DAMAGED, 2));
    assertThat(split.shipped())
        .containsExactly(new Pick(7, "CHOC", 11, 1, "HOUSE"), new Pick(7, "NUTS", 20, 1, "acme"));
  }

  @Test
  void shouldRefuseMoreThanTheBoxHolds() {
    assertThatThrownBy(() -> ShortageSplit.split(7, BOX, List.of(damaged("CHOC", 4, null))))
        .isInstanceOf(ShortageNotInBoxException.class);
    assertThatThrownBy(() -> ShortageSplit.split(7, BOX, List.of(damaged("CHOC", 2, 11L))))
        .as("lot 11 holds one unit of the box")
        .isInstanceOf(ShortageNotInBoxException.class);
    assertThatThrownBy(() -> ShortageSplit.split(7, BOX, List.of(damaged("GUMMY", 1, null))))
        .as("a SKU the box does not hold")
        .isInstanceOf(ShortageNotInBoxException.class);
    assertThatThrownBy(
            () ->
                ShortageSplit.split(
                    7, BOX, List.of(damaged("NUTS", 1, null), damaged("NUTS", 1, null))))
        .as("two reports together more than the box holds")
        .isInstanceOf(ShortageNotInBoxException.class);
  }
}
