package me.snaq.inventory.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.shared.web.CsvRecords;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.TwoLotWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One run over a house box line and a partner, with a partner-owned lot beside house lots: each
 * partner reads only its own brand's boxes in the pick list, the summary and the boxes (JSON and
 * CSV), another partner reads none, and shipping the run leaves every lot and the ledger right.
 */
@QuarkusTest
class PartnerPickingTest {
  private static final int BOXES_PER_BRAND = 3;
  @Inject RunWorker worker;

  private String boxLine;
  private String partner;
  private LocalDate delivery;
  private long partnerLot;
  private long run;

  @BeforeEach
  void twoBrandsInOneRun() {
    delivery = TestData.today().plusDays(ThreadLocalRandom.current().nextInt(400, 4000));
    boxLine = TestData.createBoxLine();
    partner = TestData.createPartner();
    for (String brand : List.of(boxLine, partner)) {
      Api.staff()
          .body(Map.of("size", 2, "maxPerCategory", 1, "discoverySlots", 0))
          .put("/v1/brands/{code}/recipe", brand)
          .then()
          .statusCode(201);
    }
    String choc = TestData.createProduct("chocolate", boxLine, partner);
    String nuts = TestData.createProduct("nuts", boxLine, partner);
    receive(choc, null, "A-01-1", 20);
    partnerLot = receive(nuts, partner, "B-02-1", 2);
    receive(nuts, null, "C-03-1", 20);
    for (String brand : List.of(boxLine, partner)) {
      for (int i = 0; i < BOXES_PER_BRAND; i++) {
        Map<String, Object> body = TestData.subscriber(brand + ":" + TestData.unique("sub"), brand);
        body.put("nextDeliveryDate", delivery.toString());
        Api.staff().body(List.of(body)).put("/v1/subscribers").then().statusCode(200);
      }
    }
    run =
        Api.staff()
            .body(
                Map.of(
                    "deliveryDate",
                    delivery.toString(),
                    "brands",
                    List.of(boxLine, partner),
                    "mode",
                    "COMMIT"))
            .post("/v1/assignment-runs")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");
    while (worker.runNext()) {
      // every queued run
    }
    Api.staff().get("/v1/assignment-runs/{id}", run).then().body("status", equalTo("SUCCEEDED"));
  }

  private long receive(String sku, String owner, String location, int units) {
    Map<String, Object> body =
        new HashMap<>(TestData.lot(sku, owner, delivery.plusDays(120), units));
    body.put("location", location);
    return Api.staff()
        .body(body)
        .post("/v1/lots")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static List<Map<String, Object>> pickList(String partnerKeyBrand, long run) {
    var request = partnerKeyBrand == null ? Api.staff() : Api.partner(partnerKeyBrand);
    return request
        .queryParam("limit", 200)
        .get("/v1/assignment-runs/{id}/pick-list", run)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private static Set<Object> brandsOf(List<Map<String, Object>> lines) {
    return lines.stream().map(l -> l.get("brand")).collect(Collectors.toSet());
  }

  private static int units(List<Map<String, Object>> lines) {
    return lines.stream().mapToInt(l -> (Integer) l.get("quantity")).sum();
  }

  @Test
  void shouldShowEachPartnerOnlyItsOwnBoxes() {
    List<Map<String, Object>> all = pickList(null, run);
    List<Map<String, Object>> own = pickList(partner, run);

    assertThat(brandsOf(all)).containsExactlyInAnyOrder(boxLine, partner);
    assertThat(units(all)).isEqualTo(2 * BOXES_PER_BRAND * 2);
    assertThat(brandsOf(own)).containsExactly(partner);
    assertThat(own)
        .containsExactlyInAnyOrderElementsOf(
            all.stream().filter(l -> partner.equals(l.get("brand"))).toList());
    assertThat(all)
        .filteredOn(l -> ((Number) l.get("lotId")).longValue() == partnerLot)
        .as("the partner's own lot serves only its boxes")
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.get("brand")).isEqualTo(partner));
    String otherPartner = TestData.createPartner();
    // A run that serves none of the partner's boxes reads as no run at all.
    for (String path : List.of("pick-list", "pick-summary", "boxes")) {
      Api.partner(otherPartner)
          .get("/v1/assignment-runs/{id}/" + path, run)
          .then()
          .statusCode(404)
          .body("code", equalTo("RUN_NOT_FOUND"));
    }

    String csv =
        Api.partner(partner)
            .accept("text/csv")
            .get("/v1/assignment-runs/{id}/pick-list", run)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<List<String>> rows = CsvRecords.readAll(csv);
    assertThat(rows).hasSize(own.size() + 1);
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r.get(2)).isEqualTo(partner));

    Api.partner(partner)
        .get("/v1/assignment-runs/{id}/pick-summary", run)
        .then()
        .statusCode(200)
        .body("units", equalTo(units(own)));
    Api.staff()
        .get("/v1/assignment-runs/{id}/pick-summary", run)
        .then()
        .body("units", equalTo(units(all)));
    assertThat(
            Api.partner(partner)
                .queryParam("limit", 200)
                .get("/v1/pick-lists/{date}", delivery.toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items"))
        .containsExactlyInAnyOrderElementsOf(own);
    Api.partner(otherPartner)
        .get("/v1/pick-lists/{date}/summary", delivery.toString())
        .then()
        .statusCode(200)
        .body("units", equalTo(0));
  }

  @Test
  void shouldListAndExportOnlyThePartnersBoxes() {
    JsonPath mine =
        Api.partner(partner)
            .get("/v1/assignment-runs/{id}/boxes", run)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(mine.<String>getList("items.brand")).hasSize(BOXES_PER_BRAND).containsOnly(partner);
    Api.staff()
        .get("/v1/assignment-runs/{id}/boxes", run)
        .then()
        .body("items", org.hamcrest.Matchers.hasSize(2 * BOXES_PER_BRAND));

    List<List<String>> csv =
        CsvRecords.readAll(
            Api.partner(partner)
                .accept("text/csv")
                .get("/v1/assignment-runs/{id}/boxes", run)
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"boxes-run-" + run + ".csv\"")
                .extract()
                .asString());
    assertThat(csv.get(0))
        .containsExactly(
            "subscriber_id", "brand", "units", "items", "short", "short_reason", "short_detail");
    assertThat(csv.subList(1, csv.size()))
        .extracting(r -> r.get(0))
        .containsExactlyElementsOf(mine.<String>getList("items.subscriberId"));
    for (int i = 1; i < csv.size(); i++) {
      List<String> row = csv.get(i);
      List<String> skus =
          mine.<String>getList("items[" + (i - 1) + "].items.sku").stream().sorted().toList();
      assertThat(row.get(1)).isEqualTo(partner);
      assertThat(row.get(2)).isEqualTo(Integer.toString(skus.size()));
      assertThat(row.get(3)).isEqualTo(String.join(";", skus));
    }
  }

  @Test
  void shouldShipBothBrandsBoxesAndKeepEveryLotRight() {
    int partnerLotUnits =
        pickList(null, run).stream()
            .filter(l -> ((Number) l.get("lotId")).longValue() == partnerLot)
            .mapToInt(l -> (Integer) l.get("quantity"))
            .sum();

    Api.staff()
        .body(Map.of())
        .post("/v1/assignment-runs/{id}/ship", run)
        .then()
        .statusCode(200)
        .body("shipped", equalTo(2 * BOXES_PER_BRAND))
        .body("refused", equalTo(0));

    JsonPath lot = TwoLotWorld.lot(partnerLot);
    assertThat(lot.getInt("onHand")).isEqualTo(2 - partnerLotUnits);
    assertThat(lot.getInt("reserved")).isZero();
    assertThat(pickList(partner, run)).as("nothing left to pick").isEmpty();
    Api.staff().get("/v1/stock/reconciliation").then().body("drift", empty());
  }
}
