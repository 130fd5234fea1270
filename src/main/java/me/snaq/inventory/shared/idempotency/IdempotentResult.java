package me.snaq.inventory.shared.idempotency;

/**
 * The response of an operation run under an {@code Idempotency-Key}: status, optional {@code
 * Location} and the JSON body, exactly as first sent; {@code replayed} tells a repeat.
 */
public record IdempotentResult(int status, String location, String body, boolean replayed) {}
