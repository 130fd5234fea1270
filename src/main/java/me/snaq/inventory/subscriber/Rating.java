package me.snaq.inventory.subscriber;

/** How a subscriber rated a product, best first. DISLIKE rules the product out of their boxes. */
public enum Rating {
  LOVE,
  LIKE,
  OK,
  DISLIKE
}
