package me.snaq.inventory.assignment.engine;

/**
 * A candidate for one box packed in a long so that a box's candidates sort by value with a plain
 * array sort: value (bits 40-62), tie-break (21-39), slot entry (20), discovery (19), reason
 * (16-18), product (0-15). A discovery product has two entries: one worth the discovery-slot bonus,
 * usable while the box has free discovery slots, and a plain one.
 */
final class Entry {
  static final int MAX_PRODUCTS = 1 << 16;
  private static final long TIE_MASK = (1L << 19) - 1;

  private Entry() {}

  static long of(int value, long tieBreak, boolean slot, boolean discovery, Reason reason, int p) {
    return ((long) value << 40)
        | ((tieBreak & TIE_MASK) << 21)
        | (slot ? 1L << 20 : 0)
        | (discovery ? 1L << 19 : 0)
        | ((long) reason.ordinal() << 16)
        | p;
  }

  /** The same entry with another value. */
  static long withValue(long entry, int value) {
    return (entry & ((1L << 40) - 1)) | ((long) value << 40);
  }

  /** The slot entry of a discovery product's plain entry. */
  static long withSlotBonus(long entry, int bonus) {
    return entry + ((long) bonus << 40) | (1L << 20);
  }

  static int value(long entry) {
    return (int) (entry >>> 40);
  }

  static boolean isSlot(long entry) {
    return (entry & (1L << 20)) != 0;
  }

  static boolean isDiscovery(long entry) {
    return (entry & (1L << 19)) != 0;
  }

  static Reason reason(long entry) {
    return REASONS[(int) ((entry >>> 16) & 7)];
  }

  private static final Reason[] REASONS = Reason.values();

  static int product(long entry) {
    return (int) (entry & 0xFFFF);
  }

  /** A well-mixed 64-bit hash (SplitMix64's finaliser) for seeded, order-free tie-breaks. */
  static long mix(long seed, long a, long b) {
    long z = seed + 0x9E3779B97F4A7C15L * (a + 1) + 0xC2B2AE3D27D4EB4FL * (b + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
