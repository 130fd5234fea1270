package me.snaq.inventory.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery a dispatcher holds locked: its event, and where and how to send it.
 *
 * @param attempts attempts made before this one
 * @param sealedSecrets the endpoint's signing secrets, sealed, newest first
 */
public record ClaimedDelivery(
    long id,
    int attempts,
    UUID eventId,
    String type,
    Instant occurredAt,
    String brand,
    String data,
    long endpointId,
    String url,
    List<String> sealedSecrets) {}
