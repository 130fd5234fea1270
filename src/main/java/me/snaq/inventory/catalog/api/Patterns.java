package me.snaq.inventory.catalog.api;

/** Shapes of the catalog's identifiers, checked at the edge and by the database. */
final class Patterns {
  static final String BRAND_CODE = "^[a-z][a-z0-9-]{1,31}$";
  static final String SKU = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
  static final String SLUG = "^[a-z][a-z0-9-]{0,31}$";

  private Patterns() {}
}
