package me.snaq.inventory.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import me.snaq.inventory.shared.error.PreconditionFailedException;
import me.snaq.inventory.shared.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void shouldReadStrongAndWeakTagsAndIgnoreAWildcard() {
    assertThat(ETags.expectedVersion("\"4\"")).hasValue(4);
    assertThat(ETags.expectedVersion("W/\"4\"")).hasValue(4);
    assertThat(ETags.expectedVersion("*")).isEmpty();
    assertThat(ETags.expectedVersion(null)).isEmpty();
    assertThat(ETags.of(4)).isEqualTo("\"4\"");
  }

  @Test
  void shouldMatchNoVersionWithAWellFormedTagThatIsNoneOfOurs() {
    for (String opaque : new String[] {"\"four\"", "\"\"", "W/\"stale\""}) {
      assertThat(ETags.expectedVersion(opaque)).hasValue(ETags.NO_VERSION);
    }
  }

  @Test
  void shouldRejectTagsThatAreNotVersions() {
    for (String bad : new String[] {"4", "four", "W/4", "\"open"}) {
      assertThatThrownBy(() -> ETags.expectedVersion(bad))
          .isInstanceOf(ValidationFailedException.class);
    }
  }

  @Test
  void shouldFailThePreconditionOnlyWhenAVersionIsDemandedAndDiffers() {
    PreconditionFailedException.check(OptionalLong.empty(), 7);
    PreconditionFailedException.check(OptionalLong.of(7), 7);
    assertThatThrownBy(() -> PreconditionFailedException.check(OptionalLong.of(6), 7))
        .isInstanceOf(PreconditionFailedException.class);
  }
}
