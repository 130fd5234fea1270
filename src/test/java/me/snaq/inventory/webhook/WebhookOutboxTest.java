package me.snaq.inventory.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import me.snaq.inventory.support.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox holds exactly the changes that committed: one event per allocation made, under
 * concurrent requests batched together, and none for a refused request.
 */
@QuarkusTest
class WebhookOutboxTest {
  @Inject AgroalDataSource dataSource;

  @AfterEach
  void cleanUp() {
    Webhooks.deleteAll();
  }

  private long outboxRows() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT count(*) FROM webhook_outbox");
        ResultSet row = q.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void shouldWriteOneEventPerAllocationMadeAndNoneForARefusal() throws Exception {
    String partner = TestData.createPartner();
    Webhooks.create(Api.partner(partner), "https://hooks.invalid/outbox", List.of("*"), null);
    String sku = TestData.createProduct("nuts", partner);
    TestData.receiveLot(sku, partner, TestData.today().plusDays(90), 40);

    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<io.restassured.response.Response>> sent = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sent.add(
          pool.submit(
              () ->
                  Api.staff()
                      .body(TestData.allocation(partner, "FIRM", Map.of(sku, 1)))
                      .post("/v1/allocations")));
    }
    List<Long> made = new ArrayList<>();
    int refused = 0;
    for (Future<io.restassured.response.Response> response : sent) {
      int status = response.get().statusCode();
      if (status == 201) {
        made.add(response.get().jsonPath().getLong("id"));
      } else {
        assertThat(status).isEqualTo(409);
        refused++;
      }
    }
    pool.shutdown();

    assertThat(made).hasSize(40);
    assertThat(refused).isEqualTo(20);
    assertThat(eventIds(partner, "allocation.created")).containsExactlyInAnyOrderElementsOf(made);
    assertThat(eventIds(partner, "lot.received")).hasSize(1);

    Map<String, Object> lot = TestData.lot(sku, partner, TestData.today().plusDays(90), 5);
    Api.staff().body(lot).post("/v1/lots").then().statusCode(201);
    Api.staff().body(lot).post("/v1/lots").then().statusCode(409);
    assertThat(eventIds(partner, "lot.received")).hasSize(2);
  }

  /**
   * The ids in the data of the brand's events of a type, once the dispatchers relayed the outbox
   * into events (it holds one row per publishing statement until then).
   */
  private List<Long> eventIds(String brand, String type) throws Exception {
    for (int i = 0; i < 100 && outboxRows() > 0; i++) {
      Thread.sleep(100);
    }
    assertThat(outboxRows()).as("the outbox is relayed").isZero();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT (data->>'id')::bigint FROM webhook_delivery WHERE brand_code = ? AND type = ?")) {
      q.setString(1, brand);
      q.setString(2, type);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }
}
