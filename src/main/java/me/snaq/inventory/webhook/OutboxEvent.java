package me.snaq.inventory.webhook;

import java.util.Map;

/**
 * An event as a module publishes it.
 *
 * @param brand the brand it is about (its endpoints and those of every brand receive it); null for
 *     what belongs to no selling brand (a house lot), which only endpoints of every brand receive
 * @param brandOnly a brand's own view of something that spans brands (a run, a recall): only that
 *     brand's endpoints receive it, endpoints of every brand get the whole event instead
 * @param data the event's {@code data} object
 */
public record OutboxEvent(
    WebhookEventType type, String brand, boolean brandOnly, Map<String, Object> data) {

  public static OutboxEvent of(WebhookEventType type, String brand, Map<String, Object> data) {
    return new OutboxEvent(type, brand, false, data);
  }

  public static OutboxEvent brandView(
      WebhookEventType type, String brand, Map<String, Object> data) {
    return new OutboxEvent(type, brand, true, data);
  }
}
