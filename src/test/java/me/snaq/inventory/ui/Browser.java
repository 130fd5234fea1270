package me.snaq.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own ChromeDriver (nothing is downloaded): pages
 * opened and waited for until they mark themselves ready, screenshots under {@code target/},
 * console errors and requests that leave the service's origin collected.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

  final ChromeDriver driver;
  private final String origin;

  private Browser(ChromeDriver driver, String origin) {
    this.driver = driver;
    this.origin = origin;
  }

  /**
   * A browser on the service at {@code origin}. Without Chromium the test is skipped, unless {@code
   * -Dui.browser.required=true} (CI) makes that a failure.
   */
  static Browser launch(String origin) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (Boolean.getBoolean("ui.browser.required")) {
      assertThat(present).as("apt-get install chromium chromium-driver").isTrue();
    }
    Assumptions.assumeTrue(present, "no Chromium: apt-get install chromium chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + tempDir());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), origin);
  }

  private static String tempDir() {
    try {
      return Files.createTempDirectory("ui-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Opens a page and waits until it marks itself ready; returns the milliseconds it took. */
  long open(String path) {
    driver.get(origin + path);
    return awaitReady();
  }

  /**
   * Waits for a navigation to {@code path} (a form that moves on), then for the page to be ready.
   */
  long awaitPage(String path) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().contains(path));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-navigation");
      throw new AssertionError(
          "no navigation to " + path + "; the page says: " + find("main").getText(), e);
    }
    return awaitReady();
  }

  long awaitReady() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready-ms") != null);
    return Long.parseLong(driver.findElement(By.tagName("body")).getAttribute("data-ready-ms"));
  }

  /** The text of the first element that matches, once one appears (within 10 s). */
  String awaitText(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    return text(css);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText().trim();
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Console messages at error level since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Every resource the page fetched that is not the service's own. */
  @SuppressWarnings("unchecked")
  List<String> foreignRequests() {
    List<Object> names =
        (List<Object>) script("return performance.getEntriesByType('resource').map(e => e.name);");
    return names.stream()
        .map(String::valueOf)
        .filter(name -> !name.startsWith(origin) && !name.startsWith("blob:"))
        .toList();
  }

  /** The page's width beyond the window: a layout that does not fit the screen. */
  long overflow() {
    return ((Number)
            script(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;"))
        .longValue();
  }

  Map<String, Object> session() {
    @SuppressWarnings("unchecked")
    Map<String, Object> kept = (Map<String, Object>) script("return {...sessionStorage};");
    return kept;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
