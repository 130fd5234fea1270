package me.snaq.inventory.subscriber.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberStatus;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {
  private static final ProfileRules.Catalog CATALOG =
      new ProfileRules.Catalog() {
        @Override
        public boolean brandExists(String code) {
          return Set.of("standard", "kinoko").contains(code);
        }

        @Override
        public boolean isPartner(String code) {
          return code.equals("kinoko");
        }

        @Override
        public boolean productExists(String sku) {
          return sku.startsWith("KNOWN-");
        }
      };

  private static ProfileInput input(
      String id, String brand, List<String> ng, Map<String, Rating> ratings) {
    return new ProfileInput(
        id,
        brand,
        SubscriberStatus.ACTIVE,
        LocalDate.of(2026, 12, 10),
        List.of("peanut", "alcohol"),
        ng,
        List.of("nuts", "chocolate"),
        ratings,
        List.of("KNOWN-2"));
  }

  private static List<String> fields(ProfileRules.Result result) {
    return result.violations().stream().map(Violation::field).toList();
  }

  @Test
  void shouldAcceptAValidProfileWithItsListsSorted() {
    ProfileRules.Result result =
        ProfileRules.check(
            input("sub-1", "standard", List.of("KNOWN-9", "KNOWN-1"), Map.of("KNOWN-3", Rating.OK)),
            null,
            CATALOG);
    assertThat(result.valid()).isTrue();
    assertThat(result.profile().ngSkus()).containsExactly("KNOWN-1", "KNOWN-9");
    assertThat(result.profile().excludedIngredients()).containsExactly("alcohol", "peanut");
    assertThat(result.profile().likedCategories()).containsExactly("chocolate", "nuts");
  }

  @Test
  void shouldReportEveryBrokenRuleNotOnlyTheFirst() {
    ProfileRules.Result result =
        ProfileRules.check(
            input(null, "ghost", List.of("UNKNOWN-1"), Map.of("bad sku", Rating.LOVE)),
            null,
            CATALOG);
    assertThat(result.valid()).isFalse();
    assertThat(result.profile()).isNull();
    assertThat(fields(result)).containsExactly("id", "brand", "ngSkus[0]", "ratings[bad sku]");
  }

  @Test
  void shouldRefuseMoreThanSixtyNgSkusAndRepeatedOnes() {
    List<String> sixtyOne = IntStream.range(0, 61).mapToObj(i -> "KNOWN-" + i).toList();
    assertThat(
            ProfileRules.check(input("a", "standard", sixtyOne, Map.of()), null, CATALOG)
                .violations())
        .containsExactly(Violation.of("ngSkus", "tooMany", 60));
    List<String> sixty = sixtyOne.subList(0, 60);
    assertThat(ProfileRules.check(input("a", "standard", sixty, Map.of()), null, CATALOG).valid())
        .isTrue();
    assertThat(
            fields(
                ProfileRules.check(
                    input("a", "standard", List.of("KNOWN-1", "KNOWN-1"), Map.of()),
                    null,
                    CATALOG)))
        .containsExactly("ngSkus[1]");
  }

  @Test
  void shouldConfineAPartnerToItsOwnBrandAndRefuseTheHouse() {
    assertThat(
            ProfileRules.check(input("a", "standard", List.of(), Map.of()), "kinoko", CATALOG)
                .violations())
        .containsExactly(Violation.of("brand", "notOwnBrand", "kinoko"));
    assertThat(
            ProfileRules.check(input("a", "house", List.of(), Map.of()), null, CATALOG)
                .violations())
        .containsExactly(Violation.of("brand", "houseBrand"));
  }

  @Test
  void shouldRefuseIdsThatCannotBeAddressed() {
    for (String id : List.of("", "-leading-dash", "has space", "a/b", "x".repeat(65))) {
      assertThat(
              fields(ProfileRules.check(input(id, "standard", List.of(), Map.of()), null, CATALOG)))
          .as(id)
          .containsExactly("id");
    }
    assertThat(
            ProfileRules.check(
                    input("user@example.com:42", "standard", List.of(), Map.of()), null, CATALOG)
                .valid())
        .isTrue();
  }

  @Test
  void shouldNameEveryWellFormedSkuForTheCatalogLookup() {
    assertThat(
            ProfileRules.skusNamed(
                input("a", "standard", List.of("NG-1", "bad sku"), Map.of("R-1", Rating.LIKE))))
        .containsExactlyInAnyOrder("NG-1", "R-1", "KNOWN-2");
  }

  @Test
  void shouldKeepEachPartnersSubscriberIdsInItsOwnNamespace() {
    assertThat(
            ProfileRules.check(input("kinoko:0001", "kinoko", List.of(), Map.of()), null, CATALOG)
                .valid())
        .isTrue();
    assertThat(
            ProfileRules.check(input("0001", "kinoko", List.of(), Map.of()), null, CATALOG)
                .violations())
        .extracting(Violation::key)
        .containsExactly("partnerNamespace");
    assertThat(
            ProfileRules.check(input("kinoko:0002", "standard", List.of(), Map.of()), null, CATALOG)
                .violations())
        .extracting(Violation::key)
        .containsExactly("otherNamespace");
    assertThat(
            ProfileRules.check(input("standard:7", "standard", List.of(), Map.of()), null, CATALOG)
                .valid())
        .isTrue();
  }
}
