package me.snaq.inventory.assignment.engine;

/** Why a box holds fewer items than its recipe's size. */
public enum ShortReason {
  /** The brand has no recipe in the snapshot. */
  NO_RECIPE,
  /** Even with unlimited stock, the hard rules leave too few products for the recipe. */
  NOT_ENOUGH_PERMITTED_PRODUCTS,
  /** A required category could not be filled from the stock left. */
  REQUIRED_CATEGORY_OUT_OF_STOCK,
  /** Other boxes took the stock of the products this box could have held. */
  STOCK_EXHAUSTED
}
