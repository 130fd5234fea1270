package me.snaq.inventory.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import me.snaq.inventory.catalog.RecipeTerms;
import me.snaq.inventory.shared.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class RecipeTermsTest {

  @Test
  void shouldLetARequiredCountExceedTheCapOnOtherCategories() {
    RecipeTerms granolaBox =
        new RecipeTerms(4, 1, 1, Map.of("granola", 1, "topping", 3), 2, null, null);
    assertThat(granolaBox.requiredUnits()).isEqualTo(4);
  }

  @Test
  void shouldRefuseRequiredCategoriesThatDoNotFitTheBox() {
    assertThatThrownBy(
            () -> new RecipeTerms(4, 2, 0, Map.of("granola", 2, "topping", 3), null, null, null))
        .isInstanceOfSatisfying(
            ValidationFailedException.class,
            e -> assertThat(e.field()).isEqualTo("requiredCategories"));
  }

  @Test
  void shouldRefuseMoreDiscoverySlotsThanTheBoxHolds() {
    assertThatThrownBy(() -> new RecipeTerms(8, 2, 9, Map.of(), null, null, null))
        .isInstanceOfSatisfying(
            ValidationFailedException.class,
            e -> assertThat(e.field()).isEqualTo("discoverySlots"));
    assertThat(new RecipeTerms(8, 2, 8, null, null, null, null).requiredCategories()).isEmpty();
  }
}
