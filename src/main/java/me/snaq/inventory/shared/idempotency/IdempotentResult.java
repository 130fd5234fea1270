package me.snaq.inventory.shared.idempotency;

/**
 * The response of an operation run under an optional {@code Idempotency-Key}: status, optional
 * {@code Location} and the body: under a key, the JSON text exactly as first sent ({@code replayed}
 * tells a repeat); with none, the response object itself, which the web layer writes.
 */
public record IdempotentResult(int status, String location, Object body, boolean replayed) {}
