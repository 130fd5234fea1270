package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.util.Map;
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
  void shouldMapEveryConfiguredWeightToItsOwnPlace() {
    Map<String, String> configured = new java.util.LinkedHashMap<>();
    String[] keys = {
      "request",
      "love",
      "like",
      "liked-category",
      "discovery",
      "ok",
      "known",
      "discovery-slot-bonus",
      "near-floor-bonus",
      "near-floor-days"
    };
    for (int i = 0; i < keys.length; i++) {
      configured.put("assignment.weights." + keys[i], Integer.toString(101 + i));
    }
    AssignmentSettings read =
        new SmallRyeConfigBuilder()
            .withMapping(AssignmentSettings.class)
            .withSources(new PropertiesConfigSource(configured, "test", 500))
            .build()
            .getConfigMapping(AssignmentSettings.class);

    assertThat(read.weights())
        .isEqualTo(new Weights(101, 102, 103, 104, 105, 106, 107, 108, 109, 110));
  }

  @Test
  void shouldRefuseNegativeWeights() {
    assertThatThrownBy(() -> new Weights(-1, 60, 40, 25, 20, 10, 10, 50, 5, 14))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
