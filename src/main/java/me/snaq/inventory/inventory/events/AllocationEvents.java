package me.snaq.inventory.inventory.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Set;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.inventory.persistence.AllocationEventRows;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * The {@code allocation.*} webhook events ({@link AllocationEventRows}), written by the statement
 * after the change, in its transaction, from the allocations as they now stand (new allocations
 * write theirs in the statement that makes them: {@code AllocationInserts}). An assignment run's
 * allocations send events only for brands that asked for them ({@code runAllocationEvents}); the
 * run sends its own event.
 */
@ApplicationScoped
public class AllocationEvents {
  private final WebhookOutboxService outbox;
  private final CatalogService catalog;
  private final EntityManager entities;

  public AllocationEvents(
      WebhookOutboxService outbox, CatalogService catalog, EntityManager entities) {
    this.outbox = outbox;
    this.catalog = catalog;
    this.entities = entities;
  }

  /** One event per allocation, those of runs only for brands that asked for them. */
  public void publish(WebhookEventType type, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    Set<String> runBrands = catalog.brandsWithRunAllocationEvents();
    entities.flush(); // the select reads the allocations as this transaction changed them
    outbox.publishFrom(
        type,
        select(type, "a.id = ANY (?)"),
        ids.toArray(Long[]::new),
        runBrands.toArray(String[]::new));
  }

  /** One event per allocation of the run, for the brands that asked for them. */
  public void publishRun(WebhookEventType type, long runId) {
    Set<String> brands = catalog.brandsWithRunAllocationEvents();
    if (!brands.isEmpty()) {
      entities.flush();
      outbox.publishFrom(type, select(type, "a.run_id = ?"), runId, brands.toArray(String[]::new));
    }
  }

  private static String select(WebhookEventType type, String where) {
    return AllocationEventRows.select(
        type,
        "inventory_allocation",
        "inventory_allocation_line",
        where + " AND (a.run_id IS NULL OR a.brand_code = ANY (?))");
  }
}
