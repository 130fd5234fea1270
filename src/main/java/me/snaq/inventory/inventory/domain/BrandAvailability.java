package me.snaq.inventory.inventory.domain;

import java.util.List;

/**
 * Availability of one product for one brand on one delivery date (DESIGN 3), with every term:
 *
 * <pre>available = own + min(houseUsable - ringFencedForOthers, limit - houseHeld)</pre>
 *
 * where {@code own} is the brand's own usable units, {@code houseUsable} the usable house units,
 * {@code ringFencedForOthers} what is left of other brands' reserved quotas, and the last term
 * applies only when the brand has a limit. Usable means available, unexpired and with at least the
 * floor's days of life at the delivery date. A product the brand may not use has none.
 */
public record BrandAvailability(
    boolean eligible,
    int own,
    int houseUsable,
    int ringFencedForOthers,
    Integer limit,
    int houseHeld,
    Integer limitLeft,
    int houseShare,
    int available) {

  public static final String FORMULA =
      "available = own + min(houseUsable - ringFencedForOthers, limit - houseHeld)";

  public static BrandAvailability compute(
      String brand, boolean eligible, int own, int houseUsable, List<QuotaTermsView> quotas) {
    QuotaTermsView mine =
        quotas.stream()
            .filter(q -> q.brand().equals(brand))
            .findFirst()
            .orElse(new QuotaTermsView(brand, 0, null, 0));
    int ringFenced =
        quotas.stream()
            .filter(q -> !q.brand().equals(brand))
            .mapToInt(QuotaTermsView::ringFenceLeft)
            .sum();
    int share = Math.max(0, houseUsable - ringFenced);
    if (mine.limitLeft() != null) {
      share = Math.min(share, mine.limitLeft());
    }
    int ownUnits = Math.max(0, own);
    if (!eligible) {
      return new BrandAvailability(
          false,
          ownUnits,
          houseUsable,
          ringFenced,
          mine.limit(),
          mine.houseHeld(),
          mine.limitLeft(),
          0,
          0);
    }
    return new BrandAvailability(
        true,
        ownUnits,
        houseUsable,
        ringFenced,
        mine.limit(),
        mine.houseHeld(),
        mine.limitLeft(),
        share,
        ownUnits + share);
  }
}
