package me.snaq.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.snaq.inventory.shared.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The README stays a newcomer's guide that tells the truth: short, every error code and every
 * setting of ours documented, every link resolving, the tour where the fresh-machine check finds it
 * (that check runs the tour itself).
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");

  @Test
  void shouldStayAGuideOfAtMost250Lines() throws IOException {
    assertThat(Files.readAllLines(README)).hasSizeLessThanOrEqualTo(250);
  }

  @Test
  void shouldListEveryErrorCode() throws IOException {
    String readme = Files.readString(README);
    assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name))
        .allSatisfy(code -> assertThat(readme).contains("`" + code + "`"));
  }

  @Test
  void shouldDocumentEverySettingOfTheService() throws IOException {
    StringBuilder documented = new StringBuilder(Files.readString(README));
    try (var docs = Files.list(Path.of("docs"))) {
      for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).toList()) {
        documented.append(Files.readString(doc));
      }
    }
    Properties properties = new Properties();
    try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      properties.load(in);
    }
    Set<String> ours = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      String name = key.replaceFirst("^%[a-z]+\\.", "");
      if (name.matches("(inventory|assignment|access)\\..*")) {
        ours.add(name.replaceFirst("^(assignment\\.weights)\\..*", "$1.*"));
      }
    }
    assertThat(ours)
        .isNotEmpty()
        .allSatisfy(key -> assertThat(isDocumented(key, documented.toString())).as(key).isTrue());
  }

  /**
   * The key itself, or its last part beside a sibling's full key: {@code .keep-data} in "{@code
   * inventory.database.embedded.data-dir} / {@code .keep-data}".
   */
  private static boolean isDocumented(String key, String documented) {
    int dot = key.lastIndexOf('.');
    return documented.contains(key)
        || documented.contains("`" + key.substring(dot) + "`")
            && documented.contains(key.substring(0, dot + 1));
  }

  @Test
  void shouldLinkOnlyToFilesThatExist() throws IOException {
    Matcher link = Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(Files.readString(README));
    List<String> missing = new ArrayList<>();
    while (link.find()) {
      if (!Files.exists(Path.of(link.group(1)))) {
        missing.add(link.group(1));
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldHoldTheTourTheFreshMachineCheckRuns() throws IOException {
    String readme = Files.readString(README);
    assertThat(readme).contains("<!-- tour:start -->", "<!-- tour:end -->");
    assertThat(Files.readString(Path.of("src/test/fresh-machine/first-run.sh")))
        .contains("tour:start", "tour:end");
  }
}
