/**
 * Subscribers: their profiles (status, next delivery date, exclusions, NG list, liked categories,
 * ratings, requests), written in bulk, and their delivery history, recorded when a box's allocation
 * ships (it observes {@code inventory}'s BoxesShipped event). It asks the catalog (facade {@code
 * CatalogService}) which brands and SKUs exist; the assignment module calls {@link
 * me.snaq.inventory.subscriber.SubscriberService}.
 */
package me.snaq.inventory.subscriber;
