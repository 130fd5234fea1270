package me.snaq.inventory.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.HoldLapse;
import me.snaq.inventory.shared.database.Jdbc;
import org.junit.jupiter.api.Test;

/**
 * The lapsed-hold rule has one home with two spellings: the domain's Java and the queries' SQL.
 * Both must give the same answer for every state and on both sides of the instant, the boundary
 * included (a hold lapses at its {@code holdUntil}, not a moment after).
 */
@QuarkusTest
class HoldLapseRuleTest {
  @Inject Jdbc jdbc;

  @Test
  void shouldLapseInSqlExactlyWhenTheDomainSaysSo() {
    Instant now = Instant.parse("2026-12-04T09:00:00Z");
    List<String> disagreements = new ArrayList<>();
    for (AllocationState state : AllocationState.values()) {
      for (Duration offset :
          new Duration[] {
            Duration.ofDays(-1), Duration.ofMillis(-1), Duration.ZERO, Duration.ofMillis(1), null
          }) {
        Instant holdUntil = offset == null ? null : now.plus(offset);
        boolean domain = HoldLapse.lapsed(state, holdUntil, now);
        boolean sql =
            QuarkusTransaction.requiringNew().call(() -> lapsedInSql(state, holdUntil, now));
        if (domain != sql) {
          disagreements.add(state + " until " + holdUntil + ": domain " + domain + ", sql " + sql);
        }
      }
    }

    assertThat(disagreements).isEmpty();
    assertThat(HoldLapse.lapsed(AllocationState.HELD, now, now)).isTrue();
    assertThat(HoldLapse.lapsed(AllocationState.HELD, now.plusMillis(1), now)).isFalse();
  }

  private boolean lapsedInSql(AllocationState state, Instant holdUntil, Instant now) {
    return jdbc.list(
            """
            SELECT coalesce(%s, false)
            FROM (SELECT CAST(? AS varchar) AS state, CAST(? AS timestamptz) AS hold_until) t
            """
                .formatted(HoldLapse.CONDITION),
            row -> row.getBoolean(1),
            now,
            state.name(),
            holdUntil)
        .get(0);
  }
}
