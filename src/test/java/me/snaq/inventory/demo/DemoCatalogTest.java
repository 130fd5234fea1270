package me.snaq.inventory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.demo.DemoCatalog.DemoBrand;
import me.snaq.inventory.demo.DemoCatalog.DemoProduct;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

  @Test
  void shouldGenerateTheSameCatalogEveryTime() {
    assertThat(DemoCatalog.products()).isEqualTo(DemoCatalog.products());
  }

  @Test
  void shouldHaveAboutOneHundredFiftyProductsOverTwelveCategories() {
    List<DemoProduct> products = DemoCatalog.products();
    assertThat(products).hasSizeBetween(140, 160);
    assertThat(products.stream().map(p -> p.details().category()).distinct()).hasSize(12);
    assertThat(products.stream().map(DemoProduct::sku).distinct()).hasSameSizeAs(products);
  }

  @Test
  void shouldHaveFourBoxLinesAndTwoPartners() {
    assertThat(DemoCatalog.BRANDS.stream().filter(b -> b.kind() == BrandKind.HOUSE_BOX))
        .extracting(DemoBrand::code)
        .containsExactlyInAnyOrder("standard", "otsumami", "granola", "yakigashi");
    assertThat(DemoCatalog.BRANDS.stream().filter(b -> b.kind() == BrandKind.PARTNER)).hasSize(2);
  }

  @Test
  void shouldShareProductsAcrossBrands() {
    List<DemoProduct> products = DemoCatalog.products();
    long shared = products.stream().filter(p -> p.brands().size() >= 2).count();
    assertThat(shared).isGreaterThan(products.size() / 3);
    Set<String> everyBrand =
        products.stream().flatMap(p -> p.brands().stream()).collect(Collectors.toSet());
    assertThat(everyBrand).hasSize(DemoCatalog.BRANDS.size());
  }

  @Test
  void shouldOnlyGiveQuotasOnEligibleProducts() {
    List<DemoProduct> products = DemoCatalog.products();
    assertThat(DemoCatalog.quotas(products))
        .isNotEmpty()
        .allSatisfy(
            quota ->
                assertThat(products)
                    .anySatisfy(
                        p -> {
                          assertThat(p.sku()).isEqualTo(quota.sku());
                          assertThat(p.brands()).contains(quota.brand());
                        }));
  }
}
