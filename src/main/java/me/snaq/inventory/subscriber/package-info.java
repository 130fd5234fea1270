/**
 * Subscribers: for now their delivery history, recorded when a box's allocation ships (it observes
 * {@code inventory}'s AllocationShipped event). Profiles, ratings and requests come with the
 * assignment engine.
 */
package me.snaq.inventory.subscriber;
