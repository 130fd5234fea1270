package me.snaq.inventory.assignment.engine;

/**
 * A brand's quota on the house stock of one product (DESIGN 3).
 *
 * @param reserved house units ring-fenced for the brand
 * @param limit the most house units the brand may hold at once; {@code null} for no limit
 * @param held house units the brand already holds in allocations outside this snapshot
 */
public record Quota(int reserved, Integer limit, int held) {
  public static final Quota NONE = new Quota(0, null, 0);

  /** Ring-fenced units not yet used by the brand. */
  int ringFenceLeft() {
    return Math.max(0, reserved - held);
  }

  /** House units the brand may still take; {@link Integer#MAX_VALUE} without a limit. */
  int limitLeft() {
    return limit == null ? Integer.MAX_VALUE : Math.max(0, limit - held);
  }
}
