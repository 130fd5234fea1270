package me.snaq.inventory.inventory;

import static me.snaq.inventory.support.TestData.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StockResourceTest {
  @Inject EntityManager entityManager;

  @Test
  void shouldApplyOtherBrandsRingFencesAndTheBrandsOwnLimit() {
    String boxLine = TestData.createBoxLine();
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", boxLine, partner);
    TestData.receiveLot(sku, null, today().plusDays(90), 100);
    Api.staff().body(Map.of("reserved", 30)).put("/v1/brands/{b}/quotas/{s}", partner, sku);
    Api.staff()
        .body(Map.of("reserved", 0, "limit", 60))
        .put("/v1/brands/{b}/quotas/{s}", boxLine, sku);
    claimHouseUnits(boxLine, sku, 25);

    Api.staff()
        .queryParam("brand", boxLine)
        .get("/v1/stock/{sku}", sku)
        .then()
        .statusCode(200)
        .body("brandView.houseUsable", equalTo(100))
        .body("brandView.ringFencedForOthers", equalTo(30))
        .body("brandView.limit", equalTo(60))
        .body("brandView.houseHeld", equalTo(25))
        .body("brandView.limitLeft", equalTo(35))
        .body("brandView.houseShare", equalTo(35))
        .body("available", equalTo(35));
    Api.staff()
        .queryParam("brand", partner)
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("brandView.ringFencedForOthers", equalTo(0))
        .body("available", equalTo(100));
  }

  @Test
  void shouldGiveAPartnerItsOwnLotsAndTheHouseShareButNotHouseLots() {
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner);
    long own = TestData.receiveLot(sku, partner, today().plusDays(120), 7);
    TestData.receiveLot(sku, null, today().plusDays(90), 40);

    Api.partner(partner)
        .get("/v1/stock/{sku}", sku)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(7))
        .body("brandView.brand", equalTo(partner))
        .body("brandView.own", equalTo(7))
        .body("brandView.houseUsable", equalTo(40))
        .body("available", equalTo(47))
        .body("lots.lotId", contains((int) own));
    Api.staff()
        .get("/v1/stock/{sku}", sku)
        .then()
        .body("onHand", equalTo(47))
        .body("brandView", nullValue());
  }

  @Test
  void shouldHideAnotherBrandsViewAndProductsFromAPartner() {
    String partner = TestData.createPartner();
    String other = TestData.createPartner();
    String hidden = TestData.createProduct("nuts", other);
    Api.partner(partner).get("/v1/stock/{sku}", hidden).then().statusCode(404);
    Api.partner(partner)
        .queryParam("brand", other)
        .get("/v1/stock")
        .then()
        .statusCode(404)
        .body("code", equalTo("BRAND_NOT_FOUND"));
  }

  @Test
  void shouldListABrandsWholeCatalogueWithItsAvailability() {
    String brand = TestData.createBoxLine();
    String category = TestData.unique("cat");
    String a = TestData.createProduct(category, brand);
    String b = TestData.createProduct(category, brand);
    String first = a.compareTo(b) < 0 ? a : b;
    String second = a.compareTo(b) < 0 ? b : a;
    TestData.createProduct(category);
    TestData.receiveLot(first, null, today().plusDays(90), 12);
    Api.staff()
        .queryParam("brand", brand)
        .queryParam("category", category)
        .get("/v1/stock")
        .then()
        .statusCode(200)
        .body("items.sku", contains(first, second))
        .body("items.available", contains(12, 0))
        .body("items[0].lots", nullValue());
  }

  @Test
  void shouldRejectAPastDeliveryDateAndTheHouseAsBrand() {
    String sku = TestData.createProduct("nuts");
    Api.staff()
        .queryParam("deliveryDate", today().minusDays(1).toString())
        .get("/v1/stock/{sku}", sku)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("deliveryDate"));
    Api.staff()
        .queryParam("brand", "house")
        .get("/v1/stock/{sku}", sku)
        .then()
        .statusCode(422)
        .body("code", equalTo("RESERVED_BRAND"));
  }

  @Transactional
  void claimHouseUnits(String brand, String sku, int units) {
    entityManager
        .createNativeQuery(
            "INSERT INTO inventory_house_claim (brand_code, sku, units) VALUES (?1, ?2, ?3)")
        .setParameter(1, brand)
        .setParameter(2, sku)
        .setParameter(3, units)
        .executeUpdate();
  }
}
