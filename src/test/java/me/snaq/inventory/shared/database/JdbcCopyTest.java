package me.snaq.inventory.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Jdbc#copyIn}: rows streamed with COPY arrive exactly as written, or not at all. */
@QuarkusTest
class JdbcCopyTest {
  private static final String TABLE =
      "CREATE TEMP TABLE copy_check (n INTEGER, flag BOOLEAN, text VARCHAR, doc JSON)"
          + " ON COMMIT DROP";

  @Inject Jdbc jdbc;

  @Test
  void shouldKeepTabsNewlinesBackslashesUnicodeAndNulls() {
    List<String> texts =
        List.of("plain", "tab\there", "line\nbreak\r\nwindows", "back\\slash \\N", "お菓子 🍫", "");

    List<List<Object>> read =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  jdbc.execute(TABLE);
                  long written =
                      jdbc.copyIn(
                          "COPY copy_check (n, flag, text, doc) FROM STDIN",
                          rows -> {
                            for (int i = 0; i < texts.size(); i++) {
                              rows.row(i, i % 2 == 0, texts.get(i), "{\"say\":\"a\\\"b\\\\c\"}");
                            }
                            rows.row(99, null, null, null);
                          });
                  assertThat(written).isEqualTo(texts.size() + 1L);
                  return jdbc.list(
                      "SELECT n, flag, text, doc::text FROM copy_check ORDER BY n",
                      row ->
                          Arrays.asList(
                              row.getObject(1),
                              row.getObject(2),
                              row.getString(3),
                              row.getString(4)));
                });

    List<List<Object>> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      expected.add(Arrays.asList(i, i % 2 == 0, texts.get(i), "{\"say\":\"a\\\"b\\\\c\"}"));
    }
    expected.add(Arrays.asList(99, null, null, null));
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void shouldWriteNothingWhenTheRowsFailMidway() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              jdbc.execute("CREATE TABLE IF NOT EXISTS copy_check_kept (n INTEGER NOT NULL)");
              jdbc.update("DELETE FROM copy_check_kept");
            });
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          jdbc.copyIn(
                              "COPY copy_check_kept (n) FROM STDIN",
                              rows -> {
                                rows.row(1);
                                throw new IllegalStateException("the producer failed");
                              });
                        }))
        .hasMessageContaining("the producer failed");

    int left =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    jdbc.list("SELECT count(*) FROM copy_check_kept", row -> row.getInt(1)).get(0));
    assertThat(left).isZero();
    QuarkusTransaction.requiringNew().run(() -> jdbc.execute("DROP TABLE copy_check_kept"));
  }
}
