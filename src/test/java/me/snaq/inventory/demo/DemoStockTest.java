package me.snaq.inventory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.inventory.LotReceipt;
import org.junit.jupiter.api.Test;

class DemoStockTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

  @Test
  void shouldSpreadBestBeforeDatesFromExpiredToFresh() {
    List<LotReceipt> lots = DemoStock.lots(DemoCatalog.products(), TODAY, NOW);
    long expired = lots.stream().filter(l -> l.bestBefore().isBefore(TODAY)).count();
    long near =
        lots.stream()
            .filter(
                l -> !l.bestBefore().isBefore(TODAY) && l.bestBefore().isBefore(TODAY.plusDays(31)))
            .count();
    assertThat(lots.size()).isGreaterThan(DemoCatalog.products().size() * 2);
    assertThat(expired).isPositive().isLessThan(lots.size() / 10);
    assertThat(near).isGreaterThan(expired);
    assertThat(lots.size() - expired - near).isGreaterThan(lots.size() / 2);
  }

  @Test
  void shouldGivePartnersLotsOnlyOfProductsEligibleForThem() {
    List<DemoCatalog.DemoProduct> products = DemoCatalog.products();
    List<LotReceipt> lots = DemoStock.lots(products, TODAY, NOW);
    assertThat(lots).anyMatch(l -> !l.owner().equals("house"));
    assertThat(lots)
        .filteredOn(l -> !l.owner().equals("house"))
        .allSatisfy(
            l ->
                assertThat(products)
                    .anyMatch(p -> p.sku().equals(l.sku()) && p.brands().contains(l.owner())));
  }

  @Test
  void shouldUseEachLotCodeOncePerProductAndOwner() {
    List<LotReceipt> lots = DemoStock.lots(DemoCatalog.products(), TODAY, NOW);
    assertThat(lots.stream().map(l -> l.sku() + "/" + l.owner() + "/" + l.lotCode()).distinct())
        .hasSameSizeAs(lots);
  }
}
