package me.snaq.inventory.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An assignment run as stored.
 *
 * @param metrics the engine's metrics once the run succeeded (name -> number)
 * @param phaseSeconds time per phase (load, the engine's phases, save)
 */
public record Run(
    long id,
    LocalDate deliveryDate,
    List<String> brands,
    RunMode mode,
    RunStatus status,
    long seed,
    String phase,
    int attempts,
    Map<String, Object> metrics,
    Map<String, Double> phaseSeconds,
    String error,
    String requestedBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /**
   * Whether a caller confined to a brand (a partner) may see this run: only one that serves its
   * brand. Any other run reads as one that does not exist. Null: a caller that sees every brand.
   */
  public boolean visibleTo(String brandScope) {
    return brandScope == null || brands.contains(brandScope);
  }
}
