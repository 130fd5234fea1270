package me.snaq.inventory.assignment.engine;

/**
 * A filled box's preference points (the discovery-slot bonus included), and what they would be
 * after swapping one item: what a move between boxes weighs.
 */
final class BoxPoints {
  private final BoxFiller filler;
  private final Weights weights;
  private final int box;
  private final int slots;
  private int plain;
  private int discoveries;
  final int total;

  BoxPoints(BoxFiller filler, BrandRules rules, Weights weights, int box) {
    this.filler = filler;
    this.weights = weights;
    this.box = box;
    this.slots = rules.recipe.discoverySlots();
    int base = box * filler.maxSize();
    for (int i = 0; i < filler.itemsOf(box); i++) {
      long entry = filler.entry[base + i];
      plain += weights.of(Entry.reason(entry));
      discoveries += Entry.isDiscovery(entry) ? 1 : 0;
    }
    total = plain + weights.discoverySlotBonus() * Math.min(slots, discoveries);
  }

  /** Points without item {@code without} (or -1) and with {@code extra} (or 0). */
  int without(int without, long extra) {
    int points = plain;
    int found = discoveries;
    if (without >= 0) {
      long entry = filler.entry[box * filler.maxSize() + without];
      points -= weights.of(Entry.reason(entry));
      found -= Entry.isDiscovery(entry) ? 1 : 0;
    }
    if (extra != 0) {
      points += weights.of(Entry.reason(extra));
      found += Entry.isDiscovery(extra) ? 1 : 0;
    }
    return points + weights.discoverySlotBonus() * Math.min(slots, found);
  }
}
