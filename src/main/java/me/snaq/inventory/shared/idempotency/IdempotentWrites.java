package me.snaq.inventory.shared.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import me.snaq.inventory.shared.security.Caller;

/**
 * The one way a resource runs a write under an optional {@code Idempotency-Key} and answers it: a
 * repeat of a key with the same body replays the first answer, marked {@code Idempotency-Replayed:
 * true}; with another body it is refused (422).
 */
@ApplicationScoped
public class IdempotentWrites {
  public static final String REPLAYED_HEADER = "Idempotency-Replayed";

  private final Idempotency idempotency;

  public IdempotentWrites(Idempotency idempotency) {
    this.idempotency = idempotency;
  }

  /** Runs the write once per key; {@code operation} names method and path. */
  public Response run(
      Caller caller, String key, String operation, Object body, Supplier<Outcome> write) {
    return toResponse(idempotency.run(caller.keyId(), key, operation, body, write));
  }

  /** A write answering 200 with {@code answer}'s body. */
  public Response ok(Caller caller, String key, String operation, Object body, Supplier<?> answer) {
    return run(caller, key, operation, body, () -> Outcome.ok(answer.get()));
  }

  /** A write of many items, each in a transaction of its own, the key's row in one more. */
  public Response runBatch(
      Caller caller, String key, String operation, Object body, Supplier<Outcome> write) {
    return toResponse(idempotency.runBatch(caller.keyId(), key, operation, body, write));
  }

  /** The HTTP response of a stored or fresh result, marking replays. */
  public static Response toResponse(IdempotentResult result) {
    Response.ResponseBuilder response =
        Response.status(result.status()).type(MediaType.APPLICATION_JSON).entity(result.body());
    if (result.location() != null) {
      response.location(URI.create(result.location()));
    }
    if (result.replayed()) {
      response.header(REPLAYED_HEADER, "true");
    }
    return response.build();
  }
}
