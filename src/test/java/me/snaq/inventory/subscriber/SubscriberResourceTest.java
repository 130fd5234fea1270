package me.snaq.inventory.subscriber;

import static me.snaq.inventory.support.TestData.today;
import static me.snaq.inventory.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriberResourceTest {

  @Test
  void shouldCreateThenUpdateChangedProfilesAndLeaveEqualOnesUnchanged() {
    String brand = TestData.createBoxLine();
    String loved = TestData.createProduct("chocolate", brand);
    String ng = TestData.createProduct("nuts", brand);
    String requested = TestData.createProduct("baked", brand);
    Map<String, Object> first = TestData.subscriber(unique("sub"), brand);
    first.put("excludedIngredients", List.of("peanut", "alcohol"));
    first.put("ngSkus", List.of(ng));
    first.put("likedCategories", List.of("chocolate"));
    first.put("ratings", Map.of(loved, "LOVE", ng, "DISLIKE"));
    first.put("requests", List.of(requested));
    Map<String, Object> second = TestData.subscriber(unique("sub"), brand);

    Api.staff()
        .body(List.of(first, second))
        .put("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("items.status", contains("CREATED", "CREATED"))
        .body("items.index", contains(0, 1));

    first.put("excludedIngredients", List.of("alcohol", "peanut"));
    second.put("status", "PAUSED");
    Api.staff()
        .body(List.of(first, second))
        .put("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(1))
        .body("updated", equalTo(1))
        .body("items.status", contains("UNCHANGED", "UPDATED"));

    Api.staff()
        .get("/v1/subscribers/{id}", first.get("id"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("brand", equalTo(brand))
        .body("excludedIngredients", contains("alcohol", "peanut"))
        .body("ngSkus", contains(ng))
        .body("ratings." + loved, equalTo("LOVE"))
        .body("requests", contains(requested));
    Api.staff()
        .get("/v1/subscribers/{id}", second.get("id"))
        .then()
        .header("ETag", "\"1\"")
        .body("status", equalTo("PAUSED"));
  }

  @Test
  void shouldRejectInvalidItemsOneByOneAndKeepTheValidOnes() {
    String brand = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", brand);
    List<Object> items = new ArrayList<>();
    String valid = unique("sub");
    items.add(TestData.subscriber(valid, brand));
    items.add(without(TestData.subscriber(unique("sub"), brand), "id"));
    items.add(TestData.subscriber(unique("sub"), unique("ghost")));
    items.add(TestData.subscriber(unique("sub"), "house"));
    items.add(with(TestData.subscriber(unique("sub"), brand), "ngSkus", List.of(sku, sku)));
    items.add(
        with(
            TestData.subscriber(unique("sub"), brand),
            "ngSkus",
            IntStream.range(0, 61).mapToObj(i -> sku).toList()));
    items.add(
        with(TestData.subscriber(unique("sub"), brand), "ratings", Map.of("NO-SUCH", "LOVE")));
    items.add(with(TestData.subscriber(unique("sub"), brand), "ratings", Map.of(sku, "GREAT")));
    items.add(with(TestData.subscriber(unique("sub"), brand), "favourite", "nuts"));
    items.add(TestData.subscriber(valid, brand));
    items.add(without(TestData.subscriber(unique("sub"), brand), "status"));
    items.add(with(TestData.subscriber("bad id!", brand), "requests", List.of("NO-SUCH")));
    items.add("not an object");
    items.add(
        with(TestData.subscriber(unique("sub"), brand), "ngSkus", Map.of("a", List.of(1, 2))));
    String afterSkipped = unique("sub");
    items.add(TestData.subscriber(afterSkipped, brand));

    JsonPath result =
        Api.staff()
            .body(items)
            .put("/v1/subscribers")
            .then()
            .statusCode(200)
            .body("created", equalTo(2))
            .body("rejected", equalTo(13))
            .extract()
            .jsonPath();
    assertThat(result.getString("items[0].status")).isEqualTo("CREATED");
    assertThat(result.getString("items[0].errors")).isNull();
    assertThat(errorFields(result, 1)).containsExactly("id");
    assertThat(errorMessages(result, 2)).containsExactly("no brand has this code");
    assertThat(errorMessages(result, 3)).containsExactly("is the house, which has no subscribers");
    assertThat(errorFields(result, 4)).containsExactly("ngSkus[1]");
    assertThat(errorMessages(result, 5)).containsExactly("must have at most 60 items");
    assertThat(errorFields(result, 6)).containsExactly("ratings[NO-SUCH]");
    assertThat(errorFields(result, 7)).containsExactly("ratings[" + sku + "]");
    assertThat(errorMessages(result, 7))
        .containsExactly("must be one of [LOVE, LIKE, OK, DISLIKE]");
    assertThat(errorMessages(result, 8)).containsExactly("unknown property");
    assertThat(errorMessages(result, 9)).containsExactly("appears more than once in this request");
    assertThat(errorFields(result, 10)).containsExactly("status");
    assertThat(errorFields(result, 11)).containsExactly("id", "requests[0]");
    assertThat(errorFields(result, 12)).containsExactly("item");
    assertThat(errorFields(result, 13)).containsExactly("ngSkus");
    assertThat(errorMessages(result, 13)).containsExactly("must be of type array");
    assertThat(result.getString("items[14].id")).isEqualTo(afterSkipped);
    assertThat(result.getString("items[14].status")).isEqualTo("CREATED");
    Api.staff().get("/v1/subscribers/{id}", valid).then().statusCode(200);
  }

  @Test
  void shouldLocalizeTheItemErrors() {
    Api.staff()
        .header("Accept-Language", "ja")
        .body(List.of(TestData.subscriber(unique("sub"), unique("ghost"))))
        .put("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("items[0].errors[0].message", equalTo("このコードのブランドはありません"));
  }

  @Test
  void shouldRefuseMoreThanTenThousandItemsAndKeepNone() {
    String brand = TestData.createBoxLine();
    String prefix = unique("over");
    List<Map<String, Object>> items =
        IntStream.rangeClosed(0, SubscriberService.MAX_ITEMS)
            .mapToObj(i -> TestData.subscriber(prefix + "-" + i, brand))
            .toList();
    Api.staff()
        .body(items)
        .put("/v1/subscribers")
        .then()
        .statusCode(413)
        .body("code", equalTo("TOO_MANY_ITEMS"));
    Api.staff()
        .get("/v1/subscribers/{id}", prefix + "-0")
        .then()
        .statusCode(404)
        .body("code", equalTo("SUBSCRIBER_NOT_FOUND"));
  }

  @Test
  void shouldRefuseABodyThatIsNotAnArrayOrNotJson() {
    Api.staff()
        .body(Map.of("id", "x"))
        .put("/v1/subscribers")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("body"));
    String brand = TestData.createBoxLine();
    String id = unique("sub");
    Api.staff()
        .body("[{\"id\": \"" + id + "\", \"brand\": \"" + brand + "\", \"status\": \"ACTIVE\"}, {")
        .put("/v1/subscribers")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_REQUEST"));
    Api.staff().get("/v1/subscribers/{id}", id).then().statusCode(404);
    Api.staff().contentType("text/plain").body("[]").put("/v1/subscribers").then().statusCode(415);
  }

  @Test
  void shouldImportCsvWithAResultPerLine() {
    String brand = TestData.createBoxLine();
    String loved = TestData.createProduct("chocolate", brand);
    String ng = TestData.createProduct("nuts", brand);
    String good = unique("csv");
    String csv =
        "ID,brand,Status,next_delivery_date,ngSkus,ratings,excludedIngredients\r\n"
            + good
            + ","
            + brand
            + ",active,"
            + today().plusDays(3)
            + ","
            + ng
            + ",\""
            + loved
            + ":LOVE;"
            + ng
            + ":dislike\",peanut;milk\r\n"
            + "\r\n"
            + unique("csv")
            + ","
            + brand
            + ",ACTIVE,someday,,,\r\n"
            + unique("csv")
            + ","
            + brand
            + ",ACTIVE,,,"
            + loved
            + "-LOVE,\r\n"
            + unique("csv")
            + ","
            + unique("ghost")
            + ",PAUSED,,,,\r\n";
    Api.staff()
        .contentType("text/csv")
        .body(csv)
        .post("/v1/subscribers/import")
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected", equalTo(3))
        .body("items.index", contains(2, 4, 5, 6))
        .body("items.status", contains("CREATED", "REJECTED", "REJECTED", "REJECTED"))
        .body("items[1].errors[0].field", equalTo("nextDeliveryDate"))
        .body("items[2].errors[0].field", equalTo("ratings"))
        .body("items[3].errors[0].field", equalTo("brand"));
    Api.staff()
        .get("/v1/subscribers/{id}", good)
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("ratings." + ng, equalTo("DISLIKE"))
        .body("excludedIngredients", contains("milk", "peanut"));
  }

  @Test
  void shouldRefuseCsvWithoutTheRequiredHeader() {
    Api.staff()
        .contentType("text/csv")
        .body("id,status\nx,ACTIVE\n")
        .post("/v1/subscribers/import")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldListByBrandStatusAndDateWithACursor() {
    String brand = TestData.createBoxLine();
    String date = today().plusDays(9).toString();
    String a = "a-" + unique("sub");
    String b = "b-" + unique("sub");
    String c = "c-" + unique("sub");
    Map<String, Object> paused = TestData.subscriber(c, brand);
    paused.put("status", "PAUSED");
    Map<String, Object> later = TestData.subscriber(b, brand);
    later.put("nextDeliveryDate", date);
    Map<String, Object> due = TestData.subscriber(a, brand);
    due.put("nextDeliveryDate", date);
    Api.staff().body(List.of(paused, later, due)).put("/v1/subscribers").then().statusCode(200);

    String cursor =
        Api.staff()
            .queryParam("brand", brand)
            .queryParam("limit", 2)
            .get("/v1/subscribers")
            .then()
            .statusCode(200)
            .body("items.id", contains(a, b))
            .extract()
            .path("nextCursor");
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .get("/v1/subscribers")
        .then()
        .body("items.id", contains(c))
        .body("nextCursor", nullValue());
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("status", "ACTIVE")
        .queryParam("nextDeliveryDate", date)
        .get("/v1/subscribers")
        .then()
        .body("items.id", contains(a, b));
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("status", "paused")
        .get("/v1/subscribers")
        .then()
        .body("items.id", contains(c));
    Api.staff()
        .queryParam("status", "SLEEPING")
        .get("/v1/subscribers")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownSubscriber() {
    Api.staff()
        .get("/v1/subscribers/{id}", unique("nobody"))
        .then()
        .statusCode(404)
        .body("code", equalTo("SUBSCRIBER_NOT_FOUND"));
  }

  @Test
  void shouldLetAPartnerWriteAndReadOnlyItsOwnBrandsSubscribers() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    String theirs = TestData.createSubscriber(other);
    String mine = partner + ":" + unique("sub");

    Api.partner(partner)
        .body(
            List.of(
                TestData.subscriber(mine, partner),
                TestData.subscriber(other + ":" + unique("sub"), other),
                TestData.subscriber(theirs, partner),
                TestData.subscriber(unique("sub"), partner)))
        .put("/v1/subscribers")
        .then()
        .statusCode(200)
        .body("items.status", contains("CREATED", "REJECTED", "REJECTED", "REJECTED"))
        .body("items[1].errors[0].message", equalTo("must be your own brand " + partner))
        .body("items[2].errors[0].field", equalTo("id"))
        .body(
            "items[2].errors[0].message",
            equalTo("a partner's subscriber ids begin with " + partner + ":"))
        .body(
            "items[3].errors[0].message",
            equalTo("a partner's subscriber ids begin with " + partner + ":"));

    Api.staff().get("/v1/subscribers/{id}", theirs).then().body("brand", equalTo(other));
    Api.partner(partner).get("/v1/subscribers/{id}", mine).then().statusCode(200);
    Api.partner(partner)
        .get("/v1/subscribers/{id}", theirs)
        .then()
        .statusCode(404)
        .body("code", equalTo("SUBSCRIBER_NOT_FOUND"));
    Api.partner(partner)
        .queryParam("brand", other)
        .get("/v1/subscribers")
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
    Api.partner(partner).get("/v1/subscribers").then().body("items.id", contains(mine));
  }

  @Test
  void shouldLetStaffMoveASubscriberToAnotherBrand() {
    String from = TestData.createBoxLine();
    String to = TestData.createBoxLine();
    String id = TestData.createSubscriber(from);
    Api.staff()
        .body(List.of(TestData.subscriber(id, to)))
        .put("/v1/subscribers")
        .then()
        .body("items[0].status", equalTo("UPDATED"));
    Api.staff().queryParam("brand", to).get("/v1/subscribers").then().body("items.id", hasItem(id));
  }

  private static Map<String, Object> with(Map<String, Object> item, String key, Object value) {
    item.put(key, value);
    return item;
  }

  private static Map<String, Object> without(Map<String, Object> item, String key) {
    item.remove(key);
    return item;
  }

  private static List<String> errorFields(JsonPath result, int item) {
    return result.getList("items[" + item + "].errors.field", String.class);
  }

  private static List<String> errorMessages(JsonPath result, int item) {
    return result.getList("items[" + item + "].errors.message", String.class);
  }
}
