package me.snaq.inventory.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void shouldReadQuotedFieldsWithCommasQuotesAndLineBreaks() {
    assertThat(CsvRecords.readAll("\uFEFFa,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,c\n"))
        .containsExactly(List.of("a", "b,1", "say \"hi\""), List.of("two\nlines", "", "c"));
  }

  @Test
  void shouldEndRecordsAtLfCrOrCrlfAndKeepALastLineWithoutBreak() {
    assertThat(CsvRecords.readAll("a\rb\r\nc\nd"))
        .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    assertThat(CsvRecords.readAll("")).isEmpty();
  }

  @Test
  void shouldReadRecordsAcrossBufferBoundaries() {
    String longField = "x".repeat(20_000);
    CsvRecords reader =
        new CsvRecords(new StringReader("\"" + longField + "\"\"\",y\r\n" + longField + "\r\n"));
    assertThat(reader.next()).containsExactly(longField + "\"", "y");
    assertThat(reader.next()).containsExactly(longField);
    assertThat(reader.next()).isNull();
  }

  @Test
  void shouldReadBackWhatCsvOutputWroteIncludingGuardedFormulas() {
    List<String> values =
        List.of("=SUM(A1)", "+1", "-2", "@cmd", "'=already", "a,b", "say \"hi\"", "plain", "");
    String line = CsvOutput.row(values.toArray());
    assertThat(line).startsWith("'=SUM(A1),'+1,'-2,'@cmd,''=already,");

    assertThat(CsvRecords.readAll(line)).containsExactly(values);
  }
}
