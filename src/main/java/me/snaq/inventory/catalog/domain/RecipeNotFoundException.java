package me.snaq.inventory.catalog.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

/** The brand has no box recipe (or, for a partner, is another brand). */
public class RecipeNotFoundException extends ApplicationException {
  public RecipeNotFoundException(String brandCode) {
    super(ErrorCode.RECIPE_NOT_FOUND, brandCode);
  }
}
