package me.snaq.inventory.assignment.engine;

/** The engine's steps, in order, as reported to a {@link PhaseListener}. */
public enum Phase {
  RANK,
  PRICE,
  FILL,
  EXCHANGE,
  POLISH,
  DESCRIBE
}
