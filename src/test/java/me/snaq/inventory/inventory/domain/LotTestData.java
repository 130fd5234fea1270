package me.snaq.inventory.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import me.snaq.inventory.inventory.LotReceipt;

/** Builder of lots for unit tests: {@code LotTestData.aLot().withOnHand(10).build()}. */
public final class LotTestData {
  public static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  private String sku = "NUTS-001";
  private String owner = "house";
  private LocalDate bestBefore = LocalDate.of(2027, 1, 31);
  private int onHand = 100;

  private LotTestData() {}

  public static LotTestData aLot() {
    return new LotTestData();
  }

  public LotTestData withBestBefore(LocalDate date) {
    this.bestBefore = date;
    return this;
  }

  public LotTestData withOnHand(int units) {
    this.onHand = units;
    return this;
  }

  public LotTestData ownedBy(String brand) {
    this.owner = brand;
    return this;
  }

  public Lot build() {
    return Lot.receive(new LotReceipt(sku, "L-1", owner, bestBefore, onHand, "A-1", NOW), NOW);
  }
}
