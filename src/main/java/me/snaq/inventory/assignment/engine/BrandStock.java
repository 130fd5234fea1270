package me.snaq.inventory.assignment.engine;

/**
 * One brand's stock of one product it may use, as a run saw it: what explains a product missing
 * from a box ({@link WhyNot}).
 *
 * @param usable units of lots the brand may use (its own and the house's, past its floor) when the
 *     run started, quotas aside
 * @param servable of those, the units its quotas let it take when the run started
 * @param left the units it could still take when the boxes were filled
 */
public record BrandStock(String brand, String sku, int usable, int servable, int left) {}
