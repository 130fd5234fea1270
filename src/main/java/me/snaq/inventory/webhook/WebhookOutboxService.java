package me.snaq.inventory.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import me.snaq.inventory.webhook.persistence.OutboxQueries;

/**
 * Where other modules publish their events: in their own transaction, so an event is written if and
 * only if its change commits (DESIGN 9's transactional outbox). Events no active endpoint listens
 * for are not kept.
 */
@ApplicationScoped
public class WebhookOutboxService {
  private final OutboxQueries outbox;
  private final ObjectMapper json;
  private final Event<WebhooksQueued> queued;

  public WebhookOutboxService(
      OutboxQueries outbox, ObjectMapper json, Event<WebhooksQueued> queued) {
    this.outbox = outbox;
    this.json = json;
    this.queued = queued;
  }

  /** Writes the events in the caller's transaction; the dispatchers send them once it commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(List<OutboxEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<String> data = events.stream().map(event -> write(event)).toList();
    if (outbox.insert(events, data) > 0) {
      queued.fire(new WebhooksQueued());
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(OutboxEvent event) {
    publish(List.of(event));
  }

  /**
   * Writes the events of {@code type} a module's own {@code select} yields over its tables, in the
   * caller's transaction: columns {@code type, brand, brand_only, data} (varchar, varchar, boolean,
   * jsonb). When no active endpoint takes the type, the select is not even evaluated.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publishFrom(WebhookEventType type, String select, Object... parameters) {
    if (outbox.insertSelected(List.of(type), select, parameters) > 0) {
      queued.fire(new WebhooksQueued());
    }
  }

  /**
   * For a module's own set-based statement: common table expressions {@code <name>_s} and {@code
   * <name>_o} that write the events its {@code select} yields (columns {@code type, brand,
   * brand_only, data}: varchar, varchar, boolean, jsonb) as one outbox row. The dispatchers find it
   * on their next poll.
   */
  public static String insertFrom(String name, WebhookEventType type, String select) {
    return OutboxQueries.insertFrom(name, List.of(type), select);
  }

  private String write(OutboxEvent event) {
    try {
      return json.writeValueAsString(event.data());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event data that is not JSON: " + event.type(), e);
    }
  }
}
