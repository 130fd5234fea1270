package me.snaq.inventory.assignment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import me.snaq.inventory.assignment.engine.Phase;
import org.junit.jupiter.api.Test;

/** A run's progress names each phase as it starts, not at the next lease renewal. */
class PhaseTimerTest {
  @Test
  void shouldTellEachPhaseAsItStartsAndTimeEachOne() {
    List<String> started = new ArrayList<>();
    RunResults.PhaseTimer timer = new RunResults.PhaseTimer(started::add);

    timer.finished("LOAD");
    for (Phase phase : Phase.values()) {
      timer.finished(phase);
    }
    timer.finished("SAVE");

    List<String> expected = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      expected.add(phase.name());
    }
    expected.add("SAVE");
    assertThat(started).containsExactlyElementsOf(expected);
    assertThat(timer.current()).isEqualTo("SAVE");
    assertThat(timer.seconds()).containsKeys("LOAD", "RANK", "SAVE");
  }
}
