package me.snaq.inventory.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");
  private static final List<Duration> DELAYS =
      List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));

  @Test
  void shouldWaitTheNthDelayAfterTheNthFailureAndGiveUpAfterTheLast() {
    RetrySchedule schedule = new RetrySchedule(DELAYS, 0.2, () -> 0.5);
    assertThat(schedule.nextAfter(1, NOW)).contains(NOW.plusSeconds(5));
    assertThat(schedule.nextAfter(2, NOW)).contains(NOW.plusSeconds(30));
    assertThat(schedule.nextAfter(3, NOW)).contains(NOW.plusSeconds(120));
    assertThat(schedule.nextAfter(4, NOW)).isEmpty();
  }

  @Test
  void shouldMoveEachWaitByAtMostTheJitterEitherWay() {
    assertThat(new RetrySchedule(DELAYS, 0.2, () -> 0.0).nextAfter(2, NOW))
        .contains(NOW.plusSeconds(24));
    assertThat(new RetrySchedule(DELAYS, 0.2, () -> 0.999999).nextAfter(2, NOW).orElseThrow())
        .isBeforeOrEqualTo(NOW.plusSeconds(36))
        .isAfter(NOW.plusSeconds(35));
  }
}
