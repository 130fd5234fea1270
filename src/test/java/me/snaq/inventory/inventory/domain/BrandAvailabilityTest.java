package me.snaq.inventory.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrandAvailabilityTest {

  @Test
  void shouldGiveOwnStockPlusAllUsableHouseStockWithoutQuotas() {
    BrandAvailability a = BrandAvailability.compute("standard", true, 0, 100, List.of());
    assertThat(a.available()).isEqualTo(100);
    assertThat(a.ringFencedForOthers()).isZero();
    assertThat(a.limit()).isNull();
  }

  @Test
  void shouldKeepOtherBrandsRingFencedUnitsOut() {
    List<QuotaTermsView> quotas = List.of(new QuotaTermsView("kinoko", 30, null, 10));
    BrandAvailability a = BrandAvailability.compute("standard", true, 0, 100, quotas);
    assertThat(a.ringFencedForOthers()).isEqualTo(20);
    assertThat(a.available()).isEqualTo(80);
  }

  @Test
  void shouldNotRingFenceABrandAgainstItself() {
    List<QuotaTermsView> quotas = List.of(new QuotaTermsView("kinoko", 30, null, 0));
    assertThat(BrandAvailability.compute("kinoko", true, 5, 100, quotas).available())
        .isEqualTo(105);
  }

  @Test
  void shouldCapHouseUnitsByTheLimitLeftButNotOwnUnits() {
    List<QuotaTermsView> quotas = List.of(new QuotaTermsView("otsumami", 0, 50, 45));
    BrandAvailability a = BrandAvailability.compute("otsumami", true, 7, 100, quotas);
    assertThat(a.limitLeft()).isEqualTo(5);
    assertThat(a.houseShare()).isEqualTo(5);
    assertThat(a.available()).isEqualTo(12);
  }

  @Test
  void shouldNeverGoNegativeWhenRingFencesExceedHouseStock() {
    List<QuotaTermsView> quotas = List.of(new QuotaTermsView("kinoko", 500, null, 0));
    BrandAvailability a = BrandAvailability.compute("standard", true, 0, 100, quotas);
    assertThat(a.houseShare()).isZero();
    assertThat(a.available()).isZero();
  }

  @Test
  void shouldGiveNothingForAProductTheBrandMayNotUse() {
    assertThat(BrandAvailability.compute("standard", false, 0, 100, List.of()).available())
        .isZero();
  }
}
