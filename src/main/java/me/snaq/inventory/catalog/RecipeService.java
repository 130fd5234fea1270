package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import me.snaq.inventory.catalog.domain.Recipe;
import me.snaq.inventory.catalog.domain.RecipeNotFoundException;
import me.snaq.inventory.catalog.persistence.BrandChecks;
import me.snaq.inventory.catalog.persistence.RecipeRepository;
import me.snaq.inventory.shared.error.PreconditionFailedException;
import me.snaq.inventory.shared.security.Caller;

/** Brands' box recipes (DESIGN 5). Partners may read their own brand's, staff set them. */
@ApplicationScoped
public class RecipeService {
  private final RecipeRepository recipes;
  private final BrandChecks checks;
  private final Clock clock;

  public RecipeService(RecipeRepository recipes, BrandChecks checks, Clock clock) {
    this.recipes = recipes;
    this.checks = checks;
    this.clock = clock;
  }

  @Transactional
  public Recipe get(Caller caller, String brandCode) {
    checks.visible(caller, brandCode);
    return recipes
        .findByIdOptional(brandCode)
        .orElseThrow(() -> new RecipeNotFoundException(brandCode));
  }

  /** Creates or replaces the brand's recipe; the result tells which, for 201 against 200. */
  @Transactional
  public RecipeChange set(String brandCode, OptionalLong expectedVersion, RecipeTerms terms) {
    checks.ownSettings(brandCode);
    Instant now = Instant.now(clock);
    Optional<Recipe> existing = recipes.findByIdOptional(brandCode);
    if (existing.isEmpty()) {
      PreconditionFailedException.check(expectedVersion, -1);
      Recipe recipe = Recipe.create(brandCode, terms, now);
      recipes.persistAndFlush(recipe);
      return new RecipeChange(recipe, true);
    }
    Recipe recipe = existing.get();
    PreconditionFailedException.check(expectedVersion, recipe.version());
    recipe.change(terms, now);
    recipes.flush();
    return new RecipeChange(recipe, false);
  }

  /** The recipe after a change, and whether it was created by it. */
  public record RecipeChange(Recipe recipe, boolean created) {}
}
