package me.snaq.inventory.webhook.domain;

import java.util.UUID;

/** An event's id on the wire ({@code webhook-id}, the body's {@code id}): {@code evt_} and hex. */
public final class MessageIds {
  private MessageIds() {}

  public static String of(UUID eventId) {
    return "evt_" + eventId.toString().replace("-", "");
  }
}
