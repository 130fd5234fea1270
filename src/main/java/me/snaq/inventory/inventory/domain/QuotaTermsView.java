package me.snaq.inventory.inventory.domain;

/** One brand's quota on house stock of a product, and the house units it holds now. */
public record QuotaTermsView(String brand, int reserved, Integer limit, int houseHeld) {

  /** What is left of the ring-fence: units other brands still may not take. */
  public int ringFenceLeft() {
    return Math.max(0, reserved - houseHeld);
  }

  /** How many more house units the brand may hold; null without a limit. */
  public Integer limitLeft() {
    return limit == null ? null : Math.max(0, limit - houseHeld);
  }
}
