package me.snaq.inventory.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import me.snaq.inventory.webhook.delivery.DeliveryPace.Turn;
import org.junit.jupiter.api.Test;

class DeliveryPaceTest {
  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000 * MS;

  @Test
  void shouldDeliverEverythingWhileTheApiIsQuiet() {
    DeliveryPace pace = new DeliveryPace(200, SECOND, 0, 0);
    assertThat(pace.next(10, 300 * MS)).isEqualTo(Turn.ALL); // 33 requests/s
    assertThat(pace.next(20, 310 * MS)).isEqualTo(Turn.ALL);
    assertThat(pace.yielding()).isFalse();
  }

  @Test
  void shouldSendOneBatchATurnWhileTheApiIsBusyAndAllAgainOnceItCalms() {
    DeliveryPace pace = new DeliveryPace(200, SECOND, 0, 0);
    assertThat(pace.next(500, 250 * MS)).isEqualTo(Turn.ONE_BATCH); // 2,000 requests/s
    assertThat(pace.yielding()).isTrue();
    assertThat(pace.next(520, 260 * MS)).isEqualTo(Turn.WAIT);
    assertThat(pace.next(1_000, 500 * MS)).isEqualTo(Turn.WAIT); // still busy, within the turn
    assertThat(pace.next(2_500, 1_250 * MS)).isEqualTo(Turn.ONE_BATCH); // a turn later
    assertThat(pace.next(2_510, 1_600 * MS)).isEqualTo(Turn.ALL); // 29 requests/s
    assertThat(pace.yielding()).isFalse();
  }

  @Test
  void shouldJudgeTheRateOverAWindowNotOverTwoCloseWakes() {
    DeliveryPace pace = new DeliveryPace(200, SECOND, 0, 0);
    // 5 requests within 1 ms is 5,000 a second, but the window has not closed: still quiet
    assertThat(pace.next(5, 1 * MS)).isEqualTo(Turn.ALL);
    assertThat(pace.next(40, 250 * MS)).isEqualTo(Turn.ALL); // 160 requests/s over the window
  }

  @Test
  void shouldNeverYieldWhenTurnedOff() {
    DeliveryPace pace = new DeliveryPace(0, SECOND, 0, 0);
    assertThat(pace.next(1_000_000, 250 * MS)).isEqualTo(Turn.ALL);
    assertThat(pace.next(2_000_000, 500 * MS)).isEqualTo(Turn.ALL);
  }
}
