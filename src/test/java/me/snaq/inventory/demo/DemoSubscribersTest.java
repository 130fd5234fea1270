package me.snaq.inventory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.demo.DemoCatalog.DemoBrand;
import me.snaq.inventory.demo.DemoCatalog.DemoProduct;
import me.snaq.inventory.subscriber.DeliveryInput;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.domain.ProfileRules;
import org.junit.jupiter.api.Test;

class DemoSubscribersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final List<DemoProduct> PRODUCTS = DemoCatalog.products();
  private static final List<ProfileInput> PROFILES = DemoSubscribers.profiles(PRODUCTS, TODAY);

  @Test
  void shouldMakeThreeThousandValidSubscribersOverTheDemoBrands() {
    Set<String> brands =
        DemoCatalog.BRANDS.stream().map(DemoBrand::code).collect(Collectors.toSet());
    Set<String> skus = PRODUCTS.stream().map(DemoProduct::sku).collect(Collectors.toSet());
    ProfileRules.Catalog catalog =
        new ProfileRules.Catalog() {
          @Override
          public boolean brandExists(String code) {
            return brands.contains(code);
          }

          @Override
          public boolean isPartner(String code) {
            return DemoCatalog.BRANDS.stream()
                .anyMatch(
                    b ->
                        b.code().equals(code)
                            && b.kind() == me.snaq.inventory.catalog.BrandKind.PARTNER);
          }

          @Override
          public boolean productExists(String sku) {
            return skus.contains(sku);
          }
        };
    assertThat(PROFILES).hasSize(DemoSubscribers.COUNT);
    assertThat(PROFILES.stream().map(ProfileInput::id).distinct()).hasSize(DemoSubscribers.COUNT);
    assertThat(PROFILES)
        .allSatisfy(p -> assertThat(ProfileRules.check(p, null, catalog).violations()).isEmpty());
    Map<String, Long> byBrand =
        PROFILES.stream()
            .collect(Collectors.groupingBy(ProfileInput::brand, Collectors.counting()));
    assertThat(byBrand).containsOnlyKeys(brands.stream().filter(b -> !b.equals("house")).toList());
    assertThat(byBrand.get("standard")).isGreaterThan(DemoSubscribers.COUNT / 3L);
  }

  @Test
  void shouldSkewRatingsTowardsLikeAndOkWithFewDislikes() {
    Map<Rating, Long> levels =
        PROFILES.stream()
            .flatMap(p -> p.ratings().values().stream())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    long all = levels.values().stream().mapToLong(Long::longValue).sum();
    assertThat(all).isGreaterThan(DemoSubscribers.COUNT * 10L);
    assertThat(levels.get(Rating.LIKE) + levels.get(Rating.OK)).isGreaterThan(all / 2);
    assertThat(levels.get(Rating.DISLIKE)).isLessThan(all / 5).isPositive();
    assertThat(levels.get(Rating.LOVE)).isLessThan(all / 3).isPositive();
  }

  @Test
  void shouldGiveAFewNgProductsAndRequestsAndDueDatesOnTuesdaysAndFridays() {
    long withNg = PROFILES.stream().filter(p -> !p.ngSkus().isEmpty()).count();
    long withRequests = PROFILES.stream().filter(p -> !p.requests().isEmpty()).count();
    assertThat(withNg).isBetween(DemoSubscribers.COUNT / 5L, DemoSubscribers.COUNT / 2L);
    assertThat(withRequests).isBetween(DemoSubscribers.COUNT / 5L, DemoSubscribers.COUNT / 2L);
    assertThat(PROFILES).allSatisfy(p -> assertThat(p.ngSkus()).hasSizeLessThanOrEqualTo(3));
    assertThat(PROFILES)
        .allSatisfy(
            p -> {
              assertThat(p.nextDeliveryDate()).isAfter(TODAY);
              assertThat(p.nextDeliveryDate().getDayOfWeek())
                  .isIn(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
            });
  }

  @Test
  void shouldGiveEverySubscriberTwoOrThreePastBoxesOfActiveEligibleProducts() {
    List<DeliveryInput> history = DemoSubscribers.history(PRODUCTS, PROFILES, TODAY);
    Map<String, DemoProduct> bySku =
        PRODUCTS.stream().collect(Collectors.toMap(DemoProduct::sku, Function.identity()));
    Map<String, String> brandOf =
        PROFILES.stream().collect(Collectors.toMap(ProfileInput::id, ProfileInput::brand));
    assertThat(history)
        .allSatisfy(
            d -> {
              assertThat(d.deliveryDate()).isBefore(TODAY);
              DemoProduct product = bySku.get(d.sku());
              assertThat(product.details().status()).isEqualTo(ProductStatus.ACTIVE);
              assertThat(product.brands()).contains(brandOf.get(d.subscriberId()));
            });
    Map<String, Long> boxes =
        history.stream()
            .collect(
                Collectors.groupingBy(
                    DeliveryInput::subscriberId,
                    Collectors.mapping(DeliveryInput::deliveryDate, Collectors.counting())));
    assertThat(boxes).hasSize(DemoSubscribers.COUNT);
    assertThat(
            history.stream()
                .collect(
                    Collectors.groupingBy(
                        DeliveryInput::subscriberId,
                        Collectors.mapping(DeliveryInput::deliveryDate, Collectors.toSet())))
                .values())
        .allSatisfy(dates -> assertThat(dates).hasSizeBetween(2, 3));
  }

  @Test
  void shouldGiveTheGranolaBoxOneGranolaAndThreeToppings() {
    assertThat(DemoSubscribers.recipes())
        .containsOnlyKeys("standard", "otsumami", "granola", "yakigashi");
    assertThat(DemoSubscribers.recipes().get("granola").requiredCategories())
        .containsOnly(Map.entry("granola", 1), Map.entry("topping", 3));
    assertThat(DemoSubscribers.recipes().get("standard").size()).isEqualTo(8);
  }
}
