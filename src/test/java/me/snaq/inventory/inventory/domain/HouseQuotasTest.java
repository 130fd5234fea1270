package me.snaq.inventory.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HouseQuotasTest {
  private static QuotaTermsView quota(String brand, int reserved, Integer limit, int held) {
    return new QuotaTermsView(brand, reserved, limit, held);
  }

  @Test
  void shouldAcceptWhatLeavesEveryRingFenceCovered() {
    // 10 free, 4 of them fenced for "fenced" (it holds 1 of its 5): 6 may go to others
    List<QuotaTermsView> terms = List.of(quota("fenced", 5, null, 1));
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 4, "b", 2))).isEmpty();
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 4, "b", 2, "fenced", 4))).isEmpty();
  }

  @Test
  void shouldRefuseUnitsTakenFromABrandsRingFenceWhoeverTakesThem() {
    List<QuotaTermsView> terms = List.of(quota("fenced", 5, null, 1));
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 4, "b", 3)))
        .singleElement()
        .asString()
        .contains("ring-fenced");
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 4, "b", 2, "fenced", 5)))
        .hasSize(1);
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 6))).isEmpty();
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 7))).hasSize(1);
  }

  @Test
  void shouldLetBrandsTakeTheirOwnFencesWhenTheFencesExceedTheStock() {
    List<QuotaTermsView> terms = List.of(quota("x", 6, null, 0), quota("y", 6, null, 0));
    assertThat(HouseQuotas.breaches("S", 8, terms, Map.of("x", 6, "y", 2))).isEmpty();
    assertThat(HouseQuotas.breaches("S", 8, terms, Map.of("x", 7))).hasSize(1);
    assertThat(HouseQuotas.breaches("S", 8, terms, Map.of("z", 1))).hasSize(1);
  }

  @Test
  void shouldRefuseAHouseLimitPassedCountingWhatTheBrandHolds() {
    List<QuotaTermsView> terms = List.of(quota("a", 0, 5, 3));
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 2))).isEmpty();
    assertThat(HouseQuotas.breaches("S", 10, terms, Map.of("a", 3)))
        .singleElement()
        .asString()
        .contains("a/S");
  }
}
