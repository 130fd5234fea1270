package me.snaq.inventory.inventory.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Set;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * The {@code allocation.*} webhook events, written by the statement after the change, in its
 * transaction, from the allocations as they now stand: {@code {id, brand, reference, subscriberId,
 * deliveryDate, state, runId, short, endReason, lines: [{sku, quantity, allocated}]}}, for the
 * allocation's brand. An assignment run's allocations send events only for brands that asked for
 * them ({@code runAllocationEvents}); the run sends its own event.
 */
@ApplicationScoped
public class AllocationEvents {
  private static final String SELECT =
      """
      SELECT CAST(? AS varchar) AS type, a.brand_code AS brand, FALSE AS brand_only,
        jsonb_strip_nulls(jsonb_build_object('id', a.id, 'brand', a.brand_code,
          'reference', a.reference, 'subscriberId', a.subscriber_id,
          'deliveryDate', a.delivery_date, 'state', a.state, 'runId', a.run_id, 'short', a.short,
          'endReason', a.end_reason,
          'lines', (SELECT jsonb_agg(jsonb_build_object('sku', l.sku, 'quantity', l.requested,
              'allocated', l.allocated) ORDER BY l.sku)
            FROM inventory_allocation_line l WHERE l.allocation_id = a.id))) AS data
      FROM inventory_allocation a
      WHERE %s AND (a.run_id IS NULL OR a.brand_code = ANY (?))
      ORDER BY a.id
      """;

  private final WebhookOutboxService outbox;
  private final CatalogService catalog;
  private final EntityManager entities;

  public AllocationEvents(
      WebhookOutboxService outbox, CatalogService catalog, EntityManager entities) {
    this.outbox = outbox;
    this.catalog = catalog;
    this.entities = entities;
  }

  /** One event per allocation that is no assignment run's (a fresh batch, say). */
  public void publishOwn(WebhookEventType type, Collection<Long> ids) {
    publish(type, "a.id = ANY (?)", ids.toArray(Long[]::new), Set.of());
  }

  /** One event per allocation, those of runs only for brands that asked for them. */
  public void publish(WebhookEventType type, Collection<Long> ids) {
    if (!ids.isEmpty()) {
      publish(
          type,
          "a.id = ANY (?)",
          ids.toArray(Long[]::new),
          catalog.brandsWithRunAllocationEvents());
    }
  }

  /** One event per allocation of the run, for the brands that asked for them. */
  public void publishRun(WebhookEventType type, long runId) {
    Set<String> brands = catalog.brandsWithRunAllocationEvents();
    if (!brands.isEmpty()) {
      entities.flush();
      outbox.publishFrom(
          SELECT.formatted("a.run_id = ?"), type.wireName(), runId, brands.toArray(String[]::new));
    }
  }

  private void publish(WebhookEventType type, String where, Long[] ids, Set<String> runBrands) {
    if (ids.length == 0) {
      return;
    }
    entities.flush(); // the select reads the allocations as this transaction changed them
    outbox.publishFrom(
        SELECT.formatted(where), type.wireName(), ids, runBrands.toArray(String[]::new));
  }
}
