package me.snaq.inventory.inventory.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.ShipRefusal;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.RecallHold;
import me.snaq.inventory.inventory.persistence.ShippingQueries.Box;
import me.snaq.inventory.inventory.persistence.ShippingQueries.HeldPick;
import org.junit.jupiter.api.Test;

/** Which boxes of a batch ship, decided from the locked rows alone: no database. */
class ShipDecisionTest {
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 11);

  private static Box box(long id, String brand, Long run, AllocationState state, Instant until) {
    return new Box(id, run, brand, "s" + id, DAY, state, until);
  }

  private static ShipRefusal refusal(Box box, List<HeldPick> held, ShipDecision.Scope scope) {
    return ShipDecision.decide(List.of(box.id()), List.of(box), held, scope, NOW).get(0).refusal();
  }

  @Test
  void shouldShipOnlyAnAllocatedBoxWithNoHeldLot() {
    Box allocated = box(1, "a", null, AllocationState.ALLOCATED, null);
    assertThat(refusal(allocated, List.of(), ShipDecision.Scope.ANY)).isNull();
    assertThat(
            refusal(
                box(2, "a", null, AllocationState.SHIPPED, null),
                List.of(),
                ShipDecision.Scope.ANY))
        .isEqualTo(ShipRefusal.ALREADY_SHIPPED);
    assertThat(
            refusal(
                box(3, "a", null, AllocationState.RELEASED, null),
                List.of(),
                ShipDecision.Scope.ANY))
        .isEqualTo(ShipRefusal.RELEASED);
    assertThat(
            refusal(
                box(4, "a", null, AllocationState.EXPIRED, null),
                List.of(),
                ShipDecision.Scope.ANY))
        .isEqualTo(ShipRefusal.EXPIRED);
  }

  @Test
  void shouldTellAHoldFromALapsedHold() {
    assertThat(
            refusal(
                box(1, "a", null, AllocationState.HELD, NOW.plusSeconds(1)),
                List.of(),
                ShipDecision.Scope.ANY))
        .isEqualTo(ShipRefusal.NOT_CONFIRMED);
    assertThat(
            refusal(
                box(2, "a", null, AllocationState.HELD, NOW), List.of(), ShipDecision.Scope.ANY))
        .as("a hold lapses at its instant")
        .isEqualTo(ShipRefusal.EXPIRED);
  }

  @Test
  void shouldNameARecallBeforeAnOrdinaryHold() {
    Box allocated = box(1, "a", null, AllocationState.ALLOCATED, null);
    HeldPick damaged = new HeldPick(1, 10, "damaged pallet");
    HeldPick recalled = new HeldPick(1, 11, RecallHold.reason("supplier notice"));
    assertThat(refusal(allocated, List.of(damaged), ShipDecision.Scope.ANY))
        .isEqualTo(ShipRefusal.LOT_ON_HOLD);
    assertThat(refusal(allocated, List.of(damaged, recalled), ShipDecision.Scope.ANY))
        .isEqualTo(ShipRefusal.LOT_RECALLED);
    assertThat(
            ShipDecision.decide(
                    List.of(1L),
                    List.of(allocated),
                    List.of(damaged, recalled),
                    ShipDecision.Scope.ANY,
                    NOW)
                .get(0)
                .heldLotId())
        .isEqualTo(11L);
  }

  @Test
  void shouldTreatWhatIsOutOfScopeOrMissingAsNotFound() {
    Box ofRun = box(1, "a", 7L, AllocationState.ALLOCATED, null);
    assertThat(refusal(ofRun, List.of(), new ShipDecision.Scope("b", null)))
        .isEqualTo(ShipRefusal.NOT_FOUND);
    assertThat(refusal(ofRun, List.of(), new ShipDecision.Scope(null, 8L)))
        .isEqualTo(ShipRefusal.NOT_FOUND);
    assertThat(refusal(ofRun, List.of(), new ShipDecision.Scope("a", 7L))).isNull();
    assertThat(
            ShipDecision.decide(
                List.of(5L, 1L), List.of(ofRun), List.of(), ShipDecision.Scope.ANY, NOW))
        .extracting(ShipDecision.Verdict::allocationId, ShipDecision.Verdict::refusal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, ShipRefusal.NOT_FOUND),
            org.assertj.core.groups.Tuple.tuple(1L, null));
  }
}
