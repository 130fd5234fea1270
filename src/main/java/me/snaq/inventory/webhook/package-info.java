/**
 * Webhooks (DESIGN 9): endpoints that partners and staff register, the transactional outbox that
 * other modules write their events to in the same transaction as their changes, and the dispatchers
 * on every replica that deliver them signed the Standard Webhooks way, with retries. May call
 * {@code shared} and {@code catalog} (to check a brand); the other modules call its {@link
 * me.snaq.inventory.webhook.WebhookOutboxService}.
 */
package me.snaq.inventory.webhook;
