package me.snaq.inventory.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser against the demo data: signed in through its form, each page
 * loaded, its figures compared with the API's answers to the same questions, a screenshot of each
 * at 1280x800 (and 768x1024), no console error, no request leaving the service, every page's time
 * to ready printed; keyboard use, a recall confirmed in its dialog, and a partner's view.
 */
@QuarkusTest
@TestProfile(DashboardBrowserTest.WithDemoData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  /** The demo keys the README prints. */
  private static final String STAFF = "snaq_demo_staff_key";

  private static final String PARTNER = "snaq_demo_partner_kinoko_key";
  private static final String PARTNER_BRAND = "kinoko";

  /** Demo data on, in a database of its own (the one DemoDataTest uses). */
  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "inventory.demo.enabled", "true",
          "quarkus.datasource.jdbc.url",
              "jdbc:postgresql://127.0.0.1:5432/snaq_inventory_demo_test");
    }
  }

  @TestHTTPResource("/")
  URL root;

  @Inject RunWorker worker;
  private Browser browser;

  private static RequestSpecification as(String key) {
    return given().header("Authorization", "Bearer " + key);
  }

  @BeforeAll
  void signIn() {
    browser = Browser.launch(root.toString().replaceAll("/$", ""));
    browser.size(1280, 800);
    browser.open("/ui/index.html");
    browser.screenshot("sign-in-1280x800");
    // a wrong key: the sign-in page stays and says why
    browser.find("#key").sendKeys("not-a-key-0123456789", Keys.ENTER);
    assertThat(browser.awaitText(".error")).isEqualTo("That key is unknown or revoked.");
    assertThat(browser.consoleErrors()).allMatch(message -> message.contains("401"));
    browser.find("#key").clear();
    browser.find("#key").sendKeys(STAFF, Keys.ENTER);
    browser.awaitPage("/ui/stock.html");
    assertThat(browser.session()).containsEntry("snaq.apiKey", STAFF);
  }

  @AfterEach
  void cleanPage() {
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    assertThat(browser.foreignRequests()).as("requests leaving the service").isEmpty();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private long page(String path, String name) {
    long ready = browser.open(path);
    System.out.printf("dashboard %-28s ready in %4d ms%n", name, ready);
    browser.screenshot(name + "-1280x800");
    assertThat(browser.all(".error")).as(name + " shows no error").isEmpty();
    return ready;
  }

  @Test
  @Order(1)
  void shouldShowEveryProductsAvailabilityWithTheFormulasTermsAndFlagLowStock() {
    JsonPath stock = as(STAFF).queryParam("limit", 200).get("/v1/stock?brand=standard").jsonPath();
    List<Map<String, Object>> items = stock.getList("items");
    String sku = (String) items.get(0).get("sku");
    int available = stock.getInt("items[0].brandView.available");
    as(STAFF)
        .contentType("application/json")
        .body(Map.of("threshold", available + 1))
        .put("/v1/brands/standard/thresholds/{sku}", sku)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));

    page("/ui/stock.html?brand=standard", "stock");

    assertThat(browser.all("tr[data-sku]")).hasSize(items.size());
    for (Map<String, Object> item : items.subList(0, Math.min(items.size(), 40))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> view = (Map<String, Object>) item.get("brandView");
      String row = "tr[data-sku='" + item.get("sku") + "'] ";
      assertThat(browser.text(row + "[data-field=available]"))
          .isEqualTo(String.format("%,d", (Integer) view.get("available")));
      assertThat(browser.text(row + "[data-field=houseUsable]"))
          .isEqualTo(String.format("%,d", (Integer) view.get("houseUsable")));
      assertThat(browser.text(row + "[data-field=ringFencedForOthers]"))
          .isEqualTo(String.format("%,d", (Integer) view.get("ringFencedForOthers")));
    }
    assertThat(browser.find("tr[data-sku='" + sku + "']").getAttribute("class")).contains("low");
    assertThat(browser.text("tr[data-sku='" + sku + "'] [data-field=flag]")).isEqualTo("LOW");
  }

  @Test
  @Order(2)
  void shouldOpenAProductsStockCardFromTheKeyboard() {
    page("/ui/stock.html?brand=standard", "stock-keyboard");
    WebElement body = browser.find("body");
    body.sendKeys(Keys.TAB);
    assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    WebElement sku = null;
    for (int i = 0; i < 40 && sku == null; i++) {
      WebElement focused = browser.driver.switchTo().activeElement();
      if (focused.getAttribute("aria-label") != null
          && focused.getAttribute("aria-label").startsWith("Stock card of")) {
        sku = focused;
      } else {
        focused.sendKeys(Keys.TAB);
      }
    }
    assertThat(sku).as("a product's stock card is reachable by Tab").isNotNull();
    String code = sku.getText();
    sku.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> !browser.all("[data-card='" + code + "']").isEmpty());
    JsonPath product = as(STAFF).get("/v1/stock/{sku}?brand=standard", code).jsonPath();
    assertThat(browser.text("[data-card] [data-field=onHand]"))
        .isEqualTo(String.format("%,d", product.getInt("onHand")));
    assertThat(
            browser
                .all("[data-card] table")
                .get(0)
                .findElements(org.openqa.selenium.By.cssSelector("tbody tr")))
        .hasSize(product.getList("lots").size());
    browser.screenshot("stock-card-1280x800");
  }

  @Test
  @Order(3)
  void shouldShowTheExpiryHeatmapWithTheReportsUnits() {
    page("/ui/expiry.html", "expiry");
    JsonPath report = as(STAFF).get("/v1/reports/expiry?withinDays=63").jsonPath();
    List<Integer> onHand = report.getList("owners.products.lots.onHand.flatten()", Integer.class);
    assertThat(browser.text("[data-field=total-units]"))
        .isEqualTo(String.format("%,d", onHand.stream().mapToInt(Integer::intValue).sum()));
    assertThat(browser.find("#heatmap canvas").isDisplayed()).isTrue();
    int expired = report.getInt("unitsByHorizon.expired");
    int shownExpired =
        browser.all("[data-field=cell-0]").stream()
            .mapToInt(cell -> Integer.parseInt(cell.getText().replace(",", "")))
            .sum();
    assertThat(shownExpired).isEqualTo(expired);
  }

  @Test
  @Order(4)
  void shouldShowARunsFiguresAndExplainABox() {
    String date =
        as(STAFF)
            .get("/v1/subscribers?brand=standard&limit=1")
            .jsonPath()
            .getString("items[0].nextDeliveryDate");
    long run =
        as(STAFF)
            .contentType("application/json")
            .body(Map.of("deliveryDate", date, "brands", List.of("standard"), "mode", "PLAN"))
            .post("/v1/assignment-runs")
            .jsonPath()
            .getLong("id");
    while (worker.runNext()) {
      // the queue, this run included
    }
    JsonPath api = as(STAFF).get("/v1/assignment-runs/{id}", run).jsonPath();

    page("/ui/runs.html?run=" + run, "runs");

    assertThat(browser.text("[data-run-detail] [data-field=boxes]"))
        .isEqualTo(String.format("%,d", api.getInt("metrics.boxes")));
    assertThat(browser.text("[data-run-detail] [data-field=nearFloorUnits]"))
        .isEqualTo(String.format("%,d", api.getInt("metrics.nearFloorUnits")));
    assertThat(browser.text("[data-run-detail] [data-field=fillRate]"))
        .isEqualTo(String.format("%.1f%%", 100 * api.getDouble("metrics.fillRate")));
    assertThat(browser.all("[data-run-detail] canvas")).hasSizeGreaterThanOrEqualTo(2);
    WebElement firstBox = browser.find("tr[data-box] button");
    String subscriber = firstBox.getText();
    firstBox.click();
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> !browser.all("[data-explained]").isEmpty());
    JsonPath box =
        as(STAFF)
            .get("/v1/assignment-runs/{id}/boxes/{s}?explain=true", run, subscriber)
            .jsonPath();
    assertThat(browser.all("[data-explained] [data-field=points]"))
        .hasSize(box.getList("items").size());
    browser.screenshot("runs-box-1280x800");
  }

  @Test
  @Order(5)
  void shouldTraceALotAndRecallItAfterConfirming() {
    JsonPath lot =
        as(STAFF)
            .get("/v1/lots?owner=house&status=AVAILABLE&limit=1&bestBeforeFrom=2026-01-01")
            .jsonPath();
    long id = lot.getLong("items[0].id");
    String code = lot.getString("items[0].lotCode");
    String sku = lot.getString("items[0].sku");
    as(STAFF)
        .contentType("application/json")
        .body(
            Map.of(
                "brand",
                "standard",
                "reference",
                "ui-" + System.nanoTime(),
                "deliveryDate",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(3).toString(),
                "mode",
                "FIRM",
                "allowPartial",
                true,
                "lines",
                List.of(Map.of("sku", sku, "quantity", 1))))
        .post("/v1/allocations")
        .then()
        .statusCode(201);

    page("/ui/trace.html?lotCode=" + code, "trace");
    JsonPath trace = as(STAFF).get("/v1/lots/{id}/trace", id).jsonPath();
    String section = "[data-lot='" + id + "'] ";
    assertThat(trace.getList("allocations")).as("the allocation just made").isNotEmpty();
    assertThat(browser.text(section + "[data-field=allocations]"))
        .isEqualTo(String.valueOf(trace.getList("allocations").size()));
    assertThat(browser.text(section + "[data-field=affected]"))
        .isEqualTo(String.valueOf(trace.getList("affected").size()));

    browser.find(section + "button.danger").click();
    WebElement reason = browser.find("dialog input[name=reason]");
    browser.screenshot("trace-recall-dialog-1280x800");
    reason.sendKeys("browser test recall");
    browser.find("dialog button[value=ok]").click();
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                as(STAFF)
                    .get("/v1/lots/{id}", id)
                    .jsonPath()
                    .getString("status")
                    .equals("ON_HOLD"));
  }

  @Test
  @Order(6)
  void shouldFitATablet() {
    browser.size(768, 1024);
    for (String name : List.of("stock", "expiry", "runs", "trace")) {
      page("/ui/" + name + ".html", name + "-tablet");
      browser.screenshot(name + "-768x1024");
      assertThat(browser.overflow()).as(name + " fits 768 px").isLessThanOrEqualTo(0);
    }
    browser.size(1280, 800);
  }

  @Test
  @Order(7)
  void shouldShowAPartnerOnlyItsOwnBrandsStockAndExpiry() {
    browser.script("sessionStorage.clear();");
    browser.open("/ui/index.html");
    browser.find("#key").sendKeys(PARTNER, Keys.ENTER);
    browser.awaitPage("/ui/stock.html");
    assertThat(browser.all("header nav a"))
        .extracting(WebElement::getText)
        .containsExactly("Stock", "Expiry");
    assertThat(browser.find("#brand").getAttribute("value")).isEqualTo(PARTNER_BRAND);
    int own =
        as(PARTNER).queryParam("limit", 200).get("/v1/stock").jsonPath().getList("items").size();
    assertThat(browser.all("tr[data-sku]")).hasSize(own);
    browser.screenshot("partner-stock-1280x800");
    page("/ui/expiry.html", "partner-expiry");
    assertThat(browser.all("#expired button, #near button"))
        .as("a partner holds nothing")
        .isEmpty();
  }
}
