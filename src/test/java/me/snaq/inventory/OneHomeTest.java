package me.snaq.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules and writes with one home each (STYLE: one home per rule): the source of every other main
 * class is free of them. Text blocks may break a statement anywhere, so the patterns allow any
 * whitespace between words. And the shape of the sources: SQL in text blocks, files a reader can
 * take in (at most 300 lines).
 */
class OneHomeTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void shouldWriteTheLedgerOnlyThroughItsWriter() {
    assertThat(filesMatching("INSERT\\s+INTO\\s+inventory_movement"))
        .containsExactly("me/snaq/inventory/inventory/persistence/LedgerWriter.java");
    assertThat(filesMatching("Movement\\.record\\("))
        .containsExactly("me/snaq/inventory/inventory/persistence/LedgerWriter.java");
  }

  @Test
  void shouldWriteHouseClaimsOnlyInOnePlace() {
    assertThat(filesMatching("(INSERT\\s+INTO|UPDATE)\\s+inventory_house_claim"))
        .containsExactly("me/snaq/inventory/inventory/persistence/HouseClaims.java");
  }

  @Test
  void shouldWriteWebhookEventsOnlyThroughTheOutbox() {
    assertThat(filesMatching("INSERT\\s+INTO\\s+webhook_(outbox|delivery)"))
        .containsExactly("me/snaq/inventory/webhook/persistence/OutboxQueries.java");
  }

  @Test
  void shouldSpellTheLapsedHoldRuleOnce() {
    assertThat(filesMatching("hold_until\\s*<|holdUntil\\s*(!=|==)\\s*null\\s*&&"))
        .containsExactly("me/snaq/inventory/inventory/domain/HoldLapse.java");
  }

  @Test
  void shouldBuildNoSqlByConcatenatingLiterals() {
    assertThat(filesMatching("\\n\\s*\\+ \"\\s*(SELECT|FROM|WHERE|AND|JOIN|ORDER|GROUP|SET)\\b"))
        .isEmpty();
  }

  @Test
  void shouldKeepEveryMainFileUnder300Lines() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      assertThat(
              files
                  .filter(f -> f.toString().endsWith(".java"))
                  .filter(f -> read(f).lines().count() > 300)
                  .map(f -> MAIN.relativize(f).toString()))
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> filesMatching(String regex) {
    Pattern pattern = Pattern.compile(regex);
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> pattern.matcher(read(f)).find())
          .map(f -> MAIN.relativize(f).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
