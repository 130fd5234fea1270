package me.snaq.inventory.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can listen for, by their names on the wire. */
public enum WebhookEventType {
  LOT_RECEIVED("lot.received"),
  LOT_HELD("lot.held"),
  LOT_UNHELD("lot.unheld"),
  LOT_EXPIRED("lot.expired"),
  LOT_NEAR_EXPIRY("lot.near_expiry"),
  LOT_RECALLED("lot.recalled"),
  STOCK_LOW("stock.low"),
  ALLOCATION_CREATED("allocation.created"),
  ALLOCATION_CONFIRMED("allocation.confirmed"),
  ALLOCATION_SHIPPED("allocation.shipped"),
  ALLOCATION_RELEASED("allocation.released"),
  ALLOCATION_EXPIRED("allocation.expired"),
  ASSIGNMENT_RUN_SUCCEEDED("assignment_run.succeeded"),
  ASSIGNMENT_RUN_FAILED("assignment_run.failed"),
  /** Sent to one endpoint on request ({@code POST .../test}), never published. */
  PING("ping");

  private final String wireName;

  WebhookEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<WebhookEventType> ofWireName(String name) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
  }

  /**
   * Whether an endpoint may list this name: an event's name, a group ({@code lot.*}, {@code
   * allocation.*}, ...) or {@code *} for all.
   */
  public static boolean isListenable(String name) {
    if (name.equals("*")) {
      return true;
    }
    return Arrays.stream(values())
        .filter(type -> type != PING)
        .anyMatch(type -> type.wireName.equals(name) || type.group().equals(name));
  }

  /** {@code lot.*} for {@code lot.received}. */
  public String group() {
    return wireName.contains(".") ? wireName.substring(0, wireName.indexOf('.')) + ".*" : wireName;
  }
}
