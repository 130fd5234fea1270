package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/** "Why not" on request: a stored run explains each product a box does not hold. */
@QuarkusTest
class RunExplainTest {
  @Inject RunWorker worker;

  private final LocalDate delivery = TestData.today().plusDays(7);

  private long plan(RunTestData line) {
    return line.runToEnd(worker, delivery, "PLAN");
  }

  private static String skuOf(long lot) {
    return Api.staff().get("/v1/lots/{id}", lot).then().extract().path("sku");
  }

  @Test
  void shouldNameTheRuleThatKeptEachProductOutOfABox() {
    RunTestData line = RunTestData.boxLine(delivery, 1);
    String subscriber = line.subscribers().get(0);
    String banned = skuOf(line.lots().get(0));
    String unstocked = TestData.createProduct("nuts", line.brand());
    String elsewhere = TestData.createProduct("nuts", TestData.createBoxLine());
    Map<String, Object> profile = TestData.subscriber(subscriber, line.brand());
    profile.put("ngSkus", List.of(banned));
    Api.staff().body(List.of(profile)).put("/v1/subscribers").then().statusCode(200);
    long run = plan(line);

    JsonPath box =
        Api.staff()
            .queryParam("explain", true)
            .get("/v1/assignment-runs/{id}/boxes/{subscriber}", run, subscriber)
            .then()
            .statusCode(200)
            .body("subscriberId", equalTo(subscriber))
            .extract()
            .jsonPath();

    List<String> inBox = box.getList("items.sku");
    assertThat(inBox).hasSize(2).doesNotContain(banned);
    assertThat(box.getList("whyNot.sku", String.class)).doesNotContainAnyElementsOf(inBox);
    assertThat(ruleOf(box, banned)).isEqualTo("NG_LIST");
    assertThat(ruleOf(box, unstocked)).isEqualTo("NO_STOCK_AT_FLOOR");
    assertThat(ruleOf(box, elsewhere)).isEqualTo("NOT_ELIGIBLE");
    assertThat(box.getInt("whyNot.find { it.sku == '" + unstocked + "' }.points")).isEqualTo(20);
  }

  private static String ruleOf(JsonPath box, String sku) {
    return box.getString("whyNot.find { it.sku == '" + sku + "' }.rule");
  }

  @Test
  void shouldGiveTheBoxAloneWithoutExplainAndSayWhenTheRunHasNoSuchBox() {
    RunTestData line = RunTestData.boxLine(delivery, 1);
    long run = plan(line);

    Api.staff()
        .get("/v1/assignment-runs/{id}/boxes/{subscriber}", run, line.subscribers().get(0))
        .then()
        .statusCode(200)
        .body("whyNot", nullValue());
    Api.staff()
        .get("/v1/assignment-runs/{id}/boxes/{subscriber}", run, "nobody")
        .then()
        .statusCode(404)
        .body("code", equalTo("BOX_NOT_FOUND"));
    Api.staff()
        .queryParam("explain", "perhaps")
        .get("/v1/assignment-runs/{id}/boxes/{subscriber}", run, line.subscribers().get(0))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }
}
