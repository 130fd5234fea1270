package me.snaq.inventory.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of receive, adjust, count, hold, unhold, write-off and expire on random lots:
 * after every step each lot's balance equals the sum of its movements, on-hand never goes below
 * zero (nor below what allocations hold), and a refused operation changes nothing.
 */
class LedgerPropertiesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  /** One random operation on the lot at {@code lot} (modulo the number of lots). */
  record Op(int kind, int lot, int amount, boolean stale) {}

  /** A lot with the movements recorded for it so far. */
  private static final class Tracked {
    final Lot lot;
    final List<LotChange> changes = new ArrayList<>();
    final List<LotStatus> statuses = new ArrayList<>();

    Tracked(Lot lot) {
      this.lot = lot;
      record(lot.receipt());
    }

    void record(LotChange change) {
      changes.add(change);
      statuses.add(lot.status());
    }
  }

  @Property(tries = 300)
  void ledgerAlwaysEqualsProjection(
      @ForAll("operations") List<Op> operations, @ForAll @IntRange(min = 1, max = 4) int lots) {
    List<Tracked> tracked = new ArrayList<>();
    for (int i = 0; i < lots; i++) {
      tracked.add(
          new Tracked(
              LotTestData.aLot()
                  .withOnHand(1 + i * 7)
                  .withBestBefore(TODAY.plusDays(i - 1))
                  .build()));
    }
    for (Op op : operations) {
      Tracked target = tracked.get(op.lot() % tracked.size());
      int onHandBefore = target.lot.onHand();
      LotStatus statusBefore = target.lot.status();
      try {
        target.record(apply(op, target.lot));
      } catch (RuntimeException refused) {
        assertThat(target.lot.onHand()).isEqualTo(onHandBefore);
        assertThat(target.lot.status()).isEqualTo(statusBefore);
      }
      for (Tracked t : tracked) {
        assertInvariants(t);
      }
    }
  }

  private static LotChange apply(Op op, Lot lot) {
    Integer expected = op.stale() ? lot.onHand() + 1 : lot.onHand();
    return switch (op.kind()) {
      case 0 -> lot.adjust(op.amount(), AdjustmentReason.OTHER, expected, null, LotTestData.NOW);
      case 1 ->
          lot.count(Math.abs(op.amount()), op.stale() ? expected : null, null, LotTestData.NOW);
      case 2 -> lot.hold("check", null, LotTestData.NOW);
      case 3 -> lot.unhold(null, TODAY, LotTestData.NOW);
      case 4 ->
          lot.writeOff(
              op.amount() <= 0 ? null : op.amount(), WriteOffReason.DAMAGED, null, LotTestData.NOW);
      default -> lot.expire(LotTestData.NOW);
    };
  }

  private static void assertInvariants(Tracked t) {
    int onHand = t.changes.stream().mapToInt(LotChange::onHandDelta).sum();
    int reserved = t.changes.stream().mapToInt(LotChange::reservedDelta).sum();
    assertThat(t.lot.onHand()).isEqualTo(onHand).isGreaterThanOrEqualTo(0);
    assertThat(t.lot.reserved()).isEqualTo(reserved).isBetween(0, t.lot.onHand());
    assertThat(t.lot.status()).isEqualTo(t.statuses.get(t.statuses.size() - 1));
    if (t.lot.onHand() == 0 && t.lot.status() != LotStatus.ON_HOLD) {
      assertThat(t.lot.status()).isEqualTo(LotStatus.DEPLETED);
    }
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(-30, 30),
                Arbitraries.of(true, false, false, false))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(60);
  }
}
