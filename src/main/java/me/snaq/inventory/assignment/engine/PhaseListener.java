package me.snaq.inventory.assignment.engine;

/**
 * Told when each engine step ends, so that a caller can time and report progress; the engine itself
 * reads no clock.
 */
@FunctionalInterface
public interface PhaseListener {
  PhaseListener NONE = phase -> {};

  void finished(Phase phase);
}
