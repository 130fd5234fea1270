package me.snaq.inventory.assignment.run;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import me.snaq.inventory.assignment.engine.Assignment;
import me.snaq.inventory.assignment.engine.AssignmentEngine;
import me.snaq.inventory.assignment.engine.PhaseListener;
import me.snaq.inventory.assignment.engine.Snapshot;
import me.snaq.inventory.assignment.validation.BoxValidator;
import me.snaq.inventory.assignment.validation.Violation;

/**
 * Pre-assignment: the full assignment of a delivery date's due subscribers, computed from the
 * current stock without touching it, every box checked by the independent validator.
 */
@ApplicationScoped
public class AssignmentPlanner {
  private final SnapshotLoader loader;

  public AssignmentPlanner(SnapshotLoader loader) {
    this.loader = loader;
  }

  public Plan plan(LocalDate deliveryDate, Collection<String> brands, long seed) {
    return plan(deliveryDate, brands, seed, PhaseListener.NONE);
  }

  public Plan plan(
      LocalDate deliveryDate, Collection<String> brands, long seed, PhaseListener listener) {
    return solve(loader.load(deliveryDate, brands, seed), listener);
  }

  /** Solves a loaded snapshot and checks every box. */
  public Plan solve(Snapshot snapshot, PhaseListener listener) {
    Assignment assignment = new AssignmentEngine().solve(snapshot, listener);
    List<Violation> violations = BoxValidator.check(snapshot, assignment);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "the engine broke " + violations.size() + " hard rules, first: " + violations.get(0));
    }
    return new Plan(snapshot, assignment);
  }

  /** A plan and the snapshot it was computed from. */
  public record Plan(Snapshot snapshot, Assignment assignment) {}
}
