package me.snaq.inventory.assignment.engine;

/**
 * One box's candidates, best first, and what the box could reach with unlimited stock.
 *
 * @param entries packed {@link Entry} values sorted by value, best first
 * @param truncated true when weaker candidates were left out to save memory
 * @param bound the best score the recipe allows from these candidates (an upper bound), the
 *     near-floor bonus included where a candidate's lot offers it
 * @param preferenceBound the same without the near-floor bonus: preferences and discovery slots
 * @param maxItems the most items the recipe allows from these candidates
 * @param permittedRequests requested products the hard rules permit and the stock holds
 * @param ideal the products (catalog indexes) of the box's best choice with every product the brand
 *     may use in stock
 */
record Candidates(
    long[] entries,
    boolean truncated,
    int bound,
    int preferenceBound,
    int maxItems,
    int permittedRequests,
    int[] ideal) {
  static final Candidates NONE = new Candidates(new long[0], false, 0, 0, 0, 0, new int[0]);
}
