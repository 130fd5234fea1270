package me.snaq.inventory.subscriber;

/** How subscriber ids are spelled across brands. */
public final class SubscriberIds {
  /**
   * Separates a partner's brand code from the rest of its subscribers' ids: {@code kinoko:0001}.
   */
  public static final char NAMESPACE = ':';

  private SubscriberIds() {}

  /** The id a brand's subscriber has: a partner's ids live in its namespace, the house's do not. */
  public static String of(String brand, String localId, boolean partner) {
    return partner ? brand + NAMESPACE + localId : localId;
  }
}
