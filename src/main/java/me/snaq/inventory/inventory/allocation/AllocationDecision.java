package me.snaq.inventory.inventory.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.inventory.allocation.AllocationIntake.Accepted;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationLine;
import me.snaq.inventory.inventory.domain.AllocationPick;
import me.snaq.inventory.inventory.domain.AllocationRequest;
import me.snaq.inventory.inventory.domain.BrandAvailability;
import me.snaq.inventory.inventory.domain.FreeStock;
import me.snaq.inventory.inventory.domain.InsufficientStockForAllocationException;
import me.snaq.inventory.inventory.domain.ReferenceInUseException;
import me.snaq.inventory.shared.error.ShortLine;

/**
 * The allocation decision (DESIGN 4), with no database: each accepted order in turn takes, FEFO
 * among the lots good through its floor date, what the brand may use of the free stock the ones
 * before it left (its own lots, its share of house stock within the quotas). Without allowPartial a
 * short line refuses the whole order, naming each short line; a second order for a reference
 * already decided in the same batch is refused as the reference's.
 */
public final class AllocationDecision {
  private AllocationDecision() {}

  /**
   * Decides the orders against {@code free} (which it draws down); returns the allocations made by
   * index of their order, and puts each refusal in {@code outcomes} at its order's index.
   */
  public static Map<Integer, Allocation> decide(
      List<Accepted> accepted, FreeStock free, Instant now, AllocationOutcome[] outcomes) {
    Map<Integer, Allocation> made = new LinkedHashMap<>();
    Set<List<String>> references = new HashSet<>();
    for (Accepted order : accepted) {
      AllocationRequest request = order.order().request();
      String brand = order.brand().code();
      if (references.contains(List.of(brand, request.reference()))) {
        outcomes[order.index()] =
            AllocationOutcome.refusedFor(new ReferenceInUseException(brand, request.reference()));
        continue;
      }
      Map<String, BrandAvailability> terms = new HashMap<>();
      List<ShortLine> shortLines = new ArrayList<>();
      for (AllocationRequest.Line line : request.lines()) {
        BrandAvailability can = free.availability(brand, line.sku(), order.floorDate(line.sku()));
        terms.put(line.sku(), can);
        if (can.available() < line.quantity()) {
          shortLines.add(new ShortLine(line.sku(), line.quantity(), can.available()));
        }
      }
      if (!shortLines.isEmpty() && !request.allowPartial()) {
        outcomes[order.index()] =
            AllocationOutcome.refusedFor(new InsufficientStockForAllocationException(shortLines));
        continue;
      }
      references.add(List.of(brand, request.reference()));
      made.put(order.index(), take(order, free, terms, now));
    }
    return made;
  }

  /** Takes each line's units (at most what the brand may use), lines in SKU order. */
  private static Allocation take(
      Accepted order, FreeStock free, Map<String, BrandAvailability> terms, Instant now) {
    AllocationRequest request = order.order().request();
    String brand = order.brand().code();
    List<AllocationLine> lines = new ArrayList<>();
    List<AllocationPick> picks = new ArrayList<>();
    for (AllocationRequest.Line line : sortedBySku(request.lines())) {
      BrandAvailability can = terms.get(line.sku());
      List<AllocationPick> taken =
          free.take(
              brand,
              line.sku(),
              order.floorDate(line.sku()),
              Math.min(line.quantity(), can.available()),
              can.houseShare());
      int units = taken.stream().mapToInt(AllocationPick::quantity).sum();
      lines.add(new AllocationLine(line.sku(), line.quantity(), units));
      picks.addAll(taken);
    }
    return Allocation.open(
        request.withBrand(brand), lines, picks, order.order().caller().keyId(), now);
  }

  private static List<AllocationRequest.Line> sortedBySku(List<AllocationRequest.Line> lines) {
    return lines.stream().sorted(Comparator.comparing(AllocationRequest.Line::sku)).toList();
  }
}
