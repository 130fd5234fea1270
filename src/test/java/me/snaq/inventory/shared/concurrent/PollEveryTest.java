package me.snaq.inventory.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollEveryTest {
  @Test
  void shouldReadDurationsAsTheSchedulerDoesAndOffInAnyCase() {
    assertThat(PollEvery.of("1s").period()).contains(Duration.ofSeconds(1));
    assertThat(PollEvery.of(" 200ms ").period()).contains(Duration.ofMillis(200));
    assertThat(PollEvery.of("OFF").on()).isFalse();
    assertThat(PollEvery.of("disabled").on()).isFalse();
    assertThat(PollEvery.of("2s").on()).isTrue();
  }

  @Test
  void shouldRefuseASettingThatIsNeitherADurationNorOff() {
    assertThatThrownBy(() -> PollEvery.of("sometimes"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
