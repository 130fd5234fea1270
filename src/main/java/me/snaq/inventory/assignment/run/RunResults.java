package me.snaq.inventory.assignment.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.assignment.domain.RunDemand;
import me.snaq.inventory.assignment.engine.Assignment;
import me.snaq.inventory.assignment.engine.Box;
import me.snaq.inventory.assignment.engine.BoxItem;
import me.snaq.inventory.assignment.engine.Phase;
import me.snaq.inventory.assignment.engine.PhaseListener;
import me.snaq.inventory.assignment.engine.Product;
import me.snaq.inventory.inventory.BoxReservation;

/** Turns the engine's result into what a run stores: boxes, demand, metrics, phase times. */
public final class RunResults {
  private final ObjectMapper json;

  RunResults(ObjectMapper json) {
    this.json = json;
  }

  List<RunBox> boxes(Assignment assignment) {
    List<RunBox> boxes = new ArrayList<>(assignment.boxes().size());
    for (Box box : assignment.boxes()) {
      List<RunBox.RunItem> items = new ArrayList<>(box.items().size());
      for (BoxItem item : box.items()) {
        items.add(
            new RunBox.RunItem(
                item.sku(),
                item.lotId(),
                item.bestBefore(),
                item.score(),
                item.reason().name(),
                item.discovery(),
                item.nearFloor()));
      }
      boxes.add(
          new RunBox(
              box.subscriberId(),
              box.brand(),
              box.isShort(),
              box.shortReason() == null ? null : box.shortReason().name(),
              box.shortDetail(),
              box.score(),
              box.bound(),
              items));
    }
    return boxes;
  }

  /** Every box's units as the allocations a COMMIT writes. */
  List<BoxReservation> reservations(Assignment assignment) {
    List<BoxReservation> reservations = new ArrayList<>(assignment.boxes().size());
    for (Box box : assignment.boxes()) {
      reservations.add(
          new BoxReservation(
              box.brand(),
              box.subscriberId(),
              box.items().stream()
                  .map(item -> new BoxReservation.Unit(item.sku(), item.lotId()))
                  .toList()));
    }
    return reservations;
  }

  /**
   * Per product, the units the boxes use and would want against the units the run's brands may use,
   * for products with any of them.
   */
  List<RunDemand> demand(AssignmentPlanner.Plan plan) {
    Map<String, Integer> used = plan.assignment().unitsUsed();
    Map<String, Integer> wanted = plan.assignment().unitsWanted();
    Map<String, Integer> usable = plan.assignment().unitsUsable();
    List<RunDemand> demand = new ArrayList<>();
    for (Product product : plan.snapshot().products()) {
      int available = usable.getOrDefault(product.sku(), 0);
      int units = used.getOrDefault(product.sku(), 0);
      int want = wanted.getOrDefault(product.sku(), 0);
      if (available > 0 || units > 0 || want > 0) {
        demand.add(new RunDemand(product.sku(), units, available, want));
      }
    }
    return demand;
  }

  Map<String, Object> metrics(Assignment assignment) {
    return json.convertValue(assignment.metrics(), new TypeReference<Map<String, Object>>() {});
  }

  /**
   * Seconds per phase (LOAD, the engine's phases, SAVE) and the phase now running, told to a
   * listener as each one starts.
   */
  static final class PhaseTimer implements PhaseListener {
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final java.util.function.Consumer<String> started;
    private long last = System.nanoTime();
    private volatile String current = "LOAD";

    PhaseTimer(java.util.function.Consumer<String> started) {
      this.started = started;
    }

    @Override
    public void finished(Phase phase) {
      seconds.put(phase.name(), sinceLast());
      start(
          phase.ordinal() + 1 < Phase.values().length
              ? Phase.values()[phase.ordinal() + 1].name()
              : "SAVE");
    }

    void finished(String phase) {
      seconds.put(phase, sinceLast());
      if (phase.equals("LOAD")) {
        start(Phase.values()[0].name());
      }
    }

    private void start(String phase) {
      current = phase;
      started.accept(phase);
    }

    double sinceLast() {
      long now = System.nanoTime();
      double elapsed = (now - last) / 1e9;
      last = now;
      return elapsed;
    }

    String current() {
      return current;
    }

    Map<String, Double> seconds() {
      return new LinkedHashMap<>(seconds);
    }
  }
}
