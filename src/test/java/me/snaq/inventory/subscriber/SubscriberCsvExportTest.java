package me.snaq.inventory.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.shared.web.CsvRecords;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Subscribers out as CSV in the columns the import reads: importing the export changes nothing,
 * importing it after one edit changes that subscriber only, and a partner exports only its own.
 */
@QuarkusTest
class SubscriberCsvExportTest {
  private static String export(io.restassured.specification.RequestSpecification as, String brand) {
    return as.accept("text/csv")
        .queryParam("brand", brand)
        .get("/v1/subscribers")
        .then()
        .statusCode(200)
        .contentType("text/csv")
        .header("Content-Disposition", "attachment; filename=\"subscribers.csv\"")
        .extract()
        .asString();
  }

  private static io.restassured.path.json.JsonPath importCsv(String csv) {
    return Api.staff()
        .contentType("text/csv")
        .body(csv)
        .post("/v1/subscribers/import")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldRoundTripThroughASpreadsheetUnchanged() {
    String brand = TestData.createBoxLine();
    String loved = TestData.createProduct("chocolate", brand);
    String disliked = TestData.createProduct("nuts", brand);
    Map<String, Object> full = TestData.subscriber(brand + ":" + TestData.unique("sub"), brand);
    full.put("excludedIngredients", List.of("peanut", "milk"));
    full.put("ngSkus", List.of(disliked));
    full.put("likedCategories", List.of("chocolate", "baked"));
    full.put("ratings", Map.of(loved, "LOVE", disliked, "DISLIKE"));
    full.put("requests", List.of(loved));
    Map<String, Object> bare = TestData.subscriber(brand + ":" + TestData.unique("sub"), brand);
    bare.put("status", "PAUSED");
    bare.remove("nextDeliveryDate");
    Map<String, Object> plain = TestData.subscriber(brand + ":" + TestData.unique("sub"), brand);
    Api.staff().body(List.of(full, bare, plain)).put("/v1/subscribers").then().statusCode(200);

    String csv = export(Api.staff(), brand);
    List<List<String>> rows = CsvRecords.readAll(csv);
    assertThat(String.join(",", rows.get(0)))
        .isEqualTo(
            "id,brand,status,nextDeliveryDate,excludedIngredients,ngSkus,likedCategories,ratings,requests");
    assertThat(rows).hasSize(4);
    List<String> fullRow =
        rows.stream().filter(r -> r.get(0).equals(full.get("id"))).findFirst().orElseThrow();
    assertThat(fullRow.get(4).split(";")).containsExactlyInAnyOrder("peanut", "milk");
    assertThat(fullRow.get(7).split(";"))
        .containsExactlyInAnyOrder(loved + ":LOVE", disliked + ":DISLIKE");

    io.restassured.path.json.JsonPath unchanged = importCsv(csv);
    assertThat(unchanged.getInt("unchanged")).isEqualTo(3);
    assertThat(unchanged.getInt("updated") + unchanged.getInt("created")).isZero();

    String edited =
        csv.replace(
            bare.get("id") + "," + brand + ",PAUSED", bare.get("id") + "," + brand + ",ACTIVE");
    assertThat(edited).isNotEqualTo(csv);
    io.restassured.path.json.JsonPath once = importCsv(edited);
    assertThat(once.getInt("updated")).isEqualTo(1);
    assertThat(once.getInt("unchanged")).isEqualTo(2);
    Api.staff()
        .get("/v1/subscribers/{id}", bare.get("id"))
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("nextDeliveryDate", org.hamcrest.Matchers.nullValue());
    Api.staff()
        .get("/v1/subscribers/{id}", full.get("id"))
        .then()
        .body("ratings." + loved, equalTo("LOVE"))
        .body("excludedIngredients", org.hamcrest.Matchers.containsInAnyOrder("peanut", "milk"));
  }

  @Test
  void shouldExportOnlyAPartnersOwnSubscribers() {
    String partner = TestData.createPartner();
    String own = TestData.createSubscriber(partner);
    TestData.createSubscriber(TestData.createBoxLine());

    List<List<String>> rows = CsvRecords.readAll(export(Api.partner(partner), null));

    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly(own);
  }
}
