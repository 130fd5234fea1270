package me.snaq.inventory.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import me.snaq.inventory.catalog.RecipeTerms;

/**
 * A brand's box recipe (DESIGN 5): what the assignment engine fills each box of the brand by. The
 * house sells no box, so it has none. Its version also covers the required categories.
 */
@Entity
@Table(name = "catalog_recipe")
public class Recipe {
  @Id
  @Column(name = "brand_code")
  private String brandCode;

  private int size;

  @Column(name = "max_per_category")
  private int maxPerCategory;

  @Column(name = "discovery_slots")
  private int discoverySlots;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "catalog_recipe_category", joinColumns = @JoinColumn(name = "brand_code"))
  @MapKeyColumn(name = "category")
  @Column(name = "units")
  private Map<String, Integer> requiredCategories = new HashMap<>();

  @Column(name = "repeat_window_boxes")
  private Integer repeatWindowBoxes;

  @Column(name = "repeat_window_days")
  private Integer repeatWindowDays;

  @Column(name = "min_remaining_days")
  private Integer minRemainingDays;

  @Version private long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Recipe() {}

  public static Recipe create(String brandCode, RecipeTerms terms, Instant now) {
    Recipe recipe = new Recipe();
    recipe.brandCode = brandCode;
    recipe.change(terms, now);
    return recipe;
  }

  /** Replaces the terms; the same terms again change nothing, not even the version. */
  public void change(RecipeTerms terms, Instant now) {
    if (updatedAt != null && terms.equals(terms())) {
      return;
    }
    this.size = terms.size();
    this.maxPerCategory = terms.maxPerCategory();
    this.discoverySlots = terms.discoverySlots();
    this.requiredCategories.clear();
    this.requiredCategories.putAll(terms.requiredCategories());
    this.repeatWindowBoxes = terms.repeatWindowBoxes();
    this.repeatWindowDays = terms.repeatWindowDays();
    this.minRemainingDays = terms.minRemainingDays();
    this.updatedAt = now;
  }

  public RecipeTerms terms() {
    return new RecipeTerms(
        size,
        maxPerCategory,
        discoverySlots,
        requiredCategories,
        repeatWindowBoxes,
        repeatWindowDays,
        minRemainingDays);
  }

  public String brandCode() {
    return brandCode;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
