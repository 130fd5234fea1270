package me.snaq.inventory.inventory.shipping;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.inventory.ShipRefusal;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.HoldLapse;
import me.snaq.inventory.inventory.domain.RecallHold;
import me.snaq.inventory.inventory.persistence.ShippingQueries.Box;
import me.snaq.inventory.inventory.persistence.ShippingQueries.HeldPick;

/**
 * Which allocations of a batch may ship (DESIGN: only ALLOCATED boxes, none from a lot on hold),
 * and why each other one may not. Pure: it sees the rows read under their locks and nothing else.
 */
public final class ShipDecision {
  private ShipDecision() {}

  /** One allocation's verdict: shipped when {@code refusal} is null. */
  public record Verdict(
      long allocationId, ShipRefusal refusal, AllocationState state, Long heldLotId) {
    public boolean ships() {
      return refusal == null;
    }
  }

  /**
   * Which allocations a request may touch: one brand's only (a partner's), one run's only; null for
   * no limit.
   */
  public record Scope(String brand, Long runId) {
    public static final Scope ANY = new Scope(null, null);

    boolean covers(Box box) {
      return (brand == null || brand.equals(box.brand()))
          && (runId == null || runId.equals(box.runId()));
    }
  }

  /** A verdict for each requested id, in request order. */
  public static List<Verdict> decide(
      List<Long> requested, List<Box> boxes, List<HeldPick> held, Scope scope, Instant now) {
    Map<Long, Box> byId = new HashMap<>();
    boxes.forEach(b -> byId.put(b.id(), b));
    Map<Long, HeldPick> heldByAllocation = new HashMap<>();
    held.forEach(h -> heldByAllocation.merge(h.allocationId(), h, ShipDecision::recallFirst));
    return requested.stream()
        .map(id -> verdict(id, byId.get(id), heldByAllocation.get(id), scope, now))
        .toList();
  }

  private static Verdict verdict(long id, Box box, HeldPick held, Scope scope, Instant now) {
    if (box == null || !scope.covers(box)) {
      return new Verdict(id, ShipRefusal.NOT_FOUND, null, null);
    }
    AllocationState state = box.state();
    ShipRefusal refusal =
        switch (state) {
          case ALLOCATED -> null;
          case HELD ->
              HoldLapse.lapsed(state, box.holdUntil(), now)
                  ? ShipRefusal.EXPIRED
                  : ShipRefusal.NOT_CONFIRMED;
          case SHIPPED -> ShipRefusal.ALREADY_SHIPPED;
          case RELEASED -> ShipRefusal.RELEASED;
          case EXPIRED -> ShipRefusal.EXPIRED;
        };
    if (refusal != null) {
      return new Verdict(id, refusal, state, null);
    }
    if (held != null) {
      ShipRefusal onHold =
          RecallHold.isRecall(held.holdReason())
              ? ShipRefusal.LOT_RECALLED
              : ShipRefusal.LOT_ON_HOLD;
      return new Verdict(id, onHold, state, held.lotId());
    }
    return new Verdict(id, null, state, null);
  }

  /** Of two held lots of one allocation, a recalled one names the refusal. */
  private static HeldPick recallFirst(HeldPick a, HeldPick b) {
    return RecallHold.isRecall(a.holdReason()) || !RecallHold.isRecall(b.holdReason()) ? a : b;
  }
}
