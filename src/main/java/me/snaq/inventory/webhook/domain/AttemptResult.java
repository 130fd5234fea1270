package me.snaq.inventory.webhook.domain;

import java.time.Instant;

/**
 * What one attempt of a delivery came to.
 *
 * @param responseStatus the receiver's status, null when none came (refused, timed out)
 * @param nextAttemptAt when to try again; null when the delivery is done (delivered or given up)
 * @param gone the receiver answered 410: its endpoint is disabled at once
 */
public record AttemptResult(
    long deliveryId,
    long endpointId,
    int attempt,
    boolean succeeded,
    Integer responseStatus,
    int durationMs,
    String error,
    Instant attemptedAt,
    Instant nextAttemptAt,
    boolean gone) {}
