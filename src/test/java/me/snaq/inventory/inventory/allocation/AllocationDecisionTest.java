package me.snaq.inventory.inventory.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.catalog.BrandInfo;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.catalog.QuotaInfo;
import me.snaq.inventory.inventory.allocation.AllocationIntake.Accepted;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationMode;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.FefoLot;
import me.snaq.inventory.inventory.domain.FreeStock;
import me.snaq.inventory.inventory.domain.InsufficientStockForAllocationException;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.shared.error.ShortLine;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;
import org.junit.jupiter.api.Test;

/** The allocation decision alone: no database, free stock and accepted orders built by hand. */
class AllocationDecisionTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final LocalDate DELIVERY = TODAY.plusDays(7);
  private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");
  private static final Instant RECEIVED = Instant.parse("2026-11-01T00:00:00Z");

  /** Products keep 30 days of shelf life at delivery: lots good through DELIVERY + 30 serve. */
  private static final int MIN_DAYS = 30;

  private static final BrandInfo STANDARD =
      new BrandInfo("standard", BrandKind.HOUSE_BOX, true, null);
  private static final BrandInfo KINOKO = new BrandInfo("kinoko", BrandKind.PARTNER, true, null);

  private static FefoLot lot(long id, String owner, LocalDate bestBefore, int free) {
    return new FefoLot(id, "L" + id, owner, bestBefore, RECEIVED, "A-1", free);
  }

  private static LocalDate serves() {
    return DELIVERY.plusDays(MIN_DAYS);
  }

  private static Accepted order(
      int index,
      BrandInfo brand,
      String reference,
      boolean partial,
      AllocationRequest.Line... lines) {
    AllocationRequest request =
        new AllocationRequest(
            brand.code(),
            reference,
            null,
            DELIVERY,
            List.of(lines),
            AllocationMode.FIRM,
            null,
            partial);
    Map<String, ProductInfo> products = new java.util.LinkedHashMap<>();
    for (AllocationRequest.Line line : lines) {
      products.put(
          line.sku(),
          new ProductInfo(
              line.sku(), line.sku(), "nuts", List.of(), MIN_DAYS, ProductStatus.ACTIVE));
    }
    return new Accepted(
        index,
        new AllocationOrder(new Caller("key-" + index, Role.STAFF, null), request),
        brand,
        products,
        TODAY);
  }

  private static AllocationRequest.Line line(String sku, int quantity) {
    return new AllocationRequest.Line(sku, quantity);
  }

  private static FreeStock stock(Map<String, List<FefoLot>> lots, List<QuotaInfo> quotas) {
    return new FreeStock(lots, Map.of(), quotas);
  }

  @Test
  void shouldTakeTheEarliestLotsFirstAndLeaveTheRestToTheNextOrder() {
    FreeStock free =
        stock(
            Map.of(
                "S1",
                List.of(lot(1, "house", serves(), 3), lot(2, "house", serves().plusDays(9), 10)),
                "S0",
                List.of(lot(3, "house", serves().plusDays(1), 4))),
            List.of());
    AllocationOutcome[] outcomes = new AllocationOutcome[2];

    Map<Integer, Allocation> made =
        AllocationDecision.decide(
            List.of(
                order(0, STANDARD, "r0", false, line("S1", 5), line("S0", 1)),
                order(1, STANDARD, "r1", false, line("S1", 8))),
            free,
            NOW,
            outcomes);

    assertThat(outcomes).containsOnlyNulls();
    assertThat(made.get(0).lines())
        .extracting(AllocationLine::sku)
        .as("lines in SKU order")
        .containsExactly("S0", "S1");
    assertThat(made.get(0).picks())
        .extracting(AllocationPick::lotId, AllocationPick::quantity)
        .containsExactly(tuple(3L, 1), tuple(1L, 3), tuple(2L, 2));
    assertThat(made.get(1).picks())
        .extracting(AllocationPick::lotId, AllocationPick::quantity)
        .containsExactly(tuple(2L, 8));
  }

  @Test
  void shouldNeverTakeALotThatEndsBeforeTheDeliverysFloor() {
    FreeStock free =
        stock(
            Map.of(
                "S1",
                List.of(lot(1, "house", serves().minusDays(1), 50), lot(2, "house", serves(), 2))),
            List.of());
    AllocationOutcome[] outcomes = new AllocationOutcome[1];

    Map<Integer, Allocation> made =
        AllocationDecision.decide(
            List.of(order(0, STANDARD, "r0", false, line("S1", 3))), free, NOW, outcomes);

    assertThat(made).isEmpty();
    assertThat(((InsufficientStockForAllocationException) outcomes[0].refused()).lines())
        .containsExactly(new ShortLine("S1", 3, 2));
  }

  @Test
  void shouldKeepAnotherBrandsRingFenceAndTheBrandsLimit() {
    FreeStock free =
        stock(
            Map.of("S1", List.of(lot(1, "house", serves(), 10), lot(2, "kinoko", serves(), 2))),
            List.of(new QuotaInfo("standard", "S1", 6, null), new QuotaInfo("kinoko", "S1", 0, 3)));
    AllocationOutcome[] outcomes = new AllocationOutcome[2];

    Map<Integer, Allocation> made =
        AllocationDecision.decide(
            List.of(
                order(0, KINOKO, "k", true, line("S1", 9)),
                order(1, STANDARD, "s", false, line("S1", 6))),
            free,
            NOW,
            outcomes);

    // kinoko: its own 2 and house units up to its limit of 3 (the house has 4 beyond the fence)
    assertThat(made.get(0).lines()).containsExactly(new AllocationLine("S1", 9, 5));
    assertThat(made.get(0).picks().stream().filter(p -> p.owner().equals("house")))
        .extracting(AllocationPick::quantity)
        .containsExactly(3);
    // standard's ring-fence of 6 was never given away
    assertThat(outcomes[1]).isNull();
    assertThat(made.get(1).lines()).containsExactly(new AllocationLine("S1", 6, 6));
  }

  @Test
  void shouldTakeWhatThereIsOnlyWhenPartialIsAllowed() {
    FreeStock free = stock(Map.of("S1", List.of(lot(1, "house", serves(), 4))), List.of());
    AllocationOutcome[] outcomes = new AllocationOutcome[3];

    Map<Integer, Allocation> made =
        AllocationDecision.decide(
            List.of(
                order(0, STANDARD, "whole", false, line("S1", 5)),
                order(1, STANDARD, "part", true, line("S1", 5)),
                order(2, STANDARD, "late", false, line("S1", 1))),
            free,
            NOW,
            outcomes);

    assertThat(outcomes[0].refused()).isInstanceOf(InsufficientStockForAllocationException.class);
    assertThat(made).containsOnlyKeys(1);
    assertThat(made.get(1).lines()).containsExactly(new AllocationLine("S1", 5, 4));
    assertThat(((InsufficientStockForAllocationException) outcomes[2].refused()).lines())
        .as("the refused order took nothing; the partial one took the rest")
        .containsExactly(new ShortLine("S1", 1, 0));
  }

  @Test
  void shouldRefuseASecondOrderForAReferenceDecidedInTheSameBatch() {
    FreeStock free = stock(Map.of("S1", List.of(lot(1, "house", serves(), 10))), List.of());
    AllocationOutcome[] outcomes = new AllocationOutcome[3];

    Map<Integer, Allocation> made =
        AllocationDecision.decide(
            List.of(
                order(0, STANDARD, "box-1", false, line("S1", 2)),
                order(1, STANDARD, "box-1", false, line("S1", 2)),
                order(2, KINOKO, "box-1", false, line("S1", 2))),
            free,
            NOW,
            outcomes);

    assertThat(made).containsOnlyKeys(0, 2);
    assertThat(outcomes[1].refused()).isInstanceOf(ReferenceInUseException.class);
    assertThat(made.get(2).brand()).as("references are per brand").isEqualTo("kinoko");
  }
}
