package me.snaq.inventory.assignment.engine;

/** A subscriber's rating of a product. DISLIKE excludes the product from their boxes. */
public enum Rating {
  LOVE,
  LIKE,
  OK,
  DISLIKE
}
