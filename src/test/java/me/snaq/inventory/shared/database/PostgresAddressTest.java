package me.snaq.inventory.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresAddressTest {

  @Test
  void shouldReadHostPortDatabaseAndParameters() {
    PostgresAddress address =
        PostgresAddress.parse("jdbc:postgresql://127.0.0.1:5433/snaq?ApplicationName=x").get();
    assertThat(address)
        .isEqualTo(new PostgresAddress("127.0.0.1", 5433, "snaq", "?ApplicationName=x"));
    assertThat(address.urlOf("postgres"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5433/postgres?ApplicationName=x");
  }

  @Test
  void shouldTakeTheDefaultPortWhenTheUrlNamesNone() {
    assertThat(PostgresAddress.parse("jdbc:postgresql://db/snaq").get().port()).isEqualTo(5432);
  }

  @Test
  void shouldCallOnlyLoopbackNamesLocal() {
    assertThat(PostgresAddress.parse("jdbc:postgresql://localhost/a").get().isLocal()).isTrue();
    assertThat(PostgresAddress.parse("jdbc:postgresql://[::1]:5432/a").get().isLocal()).isTrue();
    assertThat(PostgresAddress.parse("jdbc:postgresql://127.0.0.2/a").get().isLocal()).isTrue();
    assertThat(PostgresAddress.parse("jdbc:postgresql://db.internal/a").get().isLocal()).isFalse();
  }

  @Test
  void shouldRefuseWhatIsNotOnePostgresServerAndDatabase() {
    assertThat(PostgresAddress.parse("jdbc:h2:mem:x")).isEmpty();
    assertThat(PostgresAddress.parse("jdbc:postgresql://a:5432,b:5432/x")).isEmpty();
    assertThat(PostgresAddress.parse("jdbc:postgresql://db/")).isEmpty();
  }
}
