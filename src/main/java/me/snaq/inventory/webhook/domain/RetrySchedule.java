package me.snaq.inventory.webhook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after the n-th failure, the n-th configured wait, moved by
 * up to {@code jitter} of itself either way so that retries of many deliveries spread out; none
 * once the waits are used up (the delivery has FAILED).
 */
public record RetrySchedule(List<Duration> delays, double jitter, DoubleSupplier random) {

  /** The next attempt after the {@code failures}-th failure, if any is left. */
  public Optional<Instant> nextAfter(int failures, Instant now) {
    if (failures < 1 || failures > delays.size()) {
      return Optional.empty();
    }
    long millis = delays.get(failures - 1).toMillis();
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Optional.of(now.plusMillis(Math.max(0, Math.round(millis * factor))));
  }
}
