package me.snaq.inventory.shared.concurrent;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A worker's poll setting ({@code inventory.shipping.every}, {@code assignment.worker.every},
 * {@code inventory.webhooks.every}): a duration such as {@code 1s} or {@code 200ms}, or {@code off}
 * (also {@code disabled}), which the scheduler reads the same way.
 */
public record PollEvery(Optional<Duration> period) {
  private static final Set<String> OFF = Set.of("off", "disabled");

  public static PollEvery of(String setting) {
    String value = setting.trim().toLowerCase(Locale.ROOT);
    return new PollEvery(
        OFF.contains(value)
            ? Optional.empty()
            : Optional.of(DurationConverter.parseDuration(value)));
  }

  /** Whether the worker polls (and so whether waking it is of any use). */
  public boolean on() {
    return period.isPresent();
  }
}
