package me.snaq.inventory.inventory.persistence;

import me.snaq.inventory.webhook.WebhookEventType;

/**
 * The {@code allocation.*} webhook events as SQL, one shape for every statement that writes them:
 * {@code {id, brand, reference, subscriberId, deliveryDate, state, runId, short, endReason, lines:
 * [{sku, quantity, allocated}]}}, for the allocation's brand.
 */
public final class AllocationEventRows {
  private AllocationEventRows() {}

  /**
   * The events' select (columns {@code type, brand, brand_only, data}) over allocation rows {@code
   * a} (the columns of {@code inventory_allocation}) in {@code allocations}, with their lines from
   * {@code lines} (allocation_id, sku, requested, allocated) and a condition.
   */
  public static String select(
      WebhookEventType type, String allocations, String lines, String where) {
    return """
        SELECT '%s' AS type, a.brand_code AS brand, FALSE AS brand_only,
          jsonb_strip_nulls(jsonb_build_object('id', a.id, 'brand', a.brand_code,
            'reference', a.reference, 'subscriberId', a.subscriber_id,
            'deliveryDate', a.delivery_date, 'state', a.state, 'runId', a.run_id,
            'short', a.short, 'endReason', a.end_reason,
            'lines', (SELECT jsonb_agg(jsonb_build_object('sku', l.sku, 'quantity', l.requested,
                'allocated', l.allocated) ORDER BY l.sku)
              FROM %s l WHERE l.allocation_id = a.id))) AS data
        FROM %s a
        WHERE %s
        """
        .formatted(type.wireName(), lines, allocations, where);
  }
}
