package me.snaq.inventory.inventory.domain;

/** A recall puts its lot on hold with a reason that says so; shipping refuses it as a recall. */
public final class RecallHold {
  private static final String PREFIX = "RECALL: ";

  private RecallHold() {}

  /** The hold reason a recall writes. */
  public static String reason(String recallReason) {
    return PREFIX + recallReason;
  }

  public static boolean isRecall(String holdReason) {
    return holdReason != null && holdReason.startsWith(PREFIX);
  }
}
