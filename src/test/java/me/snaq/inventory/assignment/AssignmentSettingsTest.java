package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import me.snaq.inventory.assignment.engine.Weights;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentSettingsTest {
  @Inject AssignmentSettings settings;

  @Test
  void shouldReadThePreferenceWeightsFromConfiguration() {
    Weights weights = settings.weights();
    assertThat(weights).isEqualTo(Weights.DEFAULT);
    assertThat(weights.request()).isGreaterThan(weights.love());
    assertThat(weights.love()).isGreaterThan(weights.like());
    assertThat(weights.like()).isGreaterThan(weights.likedCategory());
    assertThat(weights.likedCategory()).isGreaterThan(weights.discovery());
    assertThat(weights.discovery()).isGreaterThan(weights.ok());
  }

  @Test
  void shouldRefuseNegativeWeights() {
    assertThatThrownBy(() -> new Weights(-1, 60, 40, 25, 20, 10, 10, 50, 5, 14))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
