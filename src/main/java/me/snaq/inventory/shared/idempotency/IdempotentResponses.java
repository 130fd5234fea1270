package me.snaq.inventory.shared.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Turns a stored or fresh result into the HTTP response, marking replays. */
public final class IdempotentResponses {
  public static final String REPLAYED_HEADER = "Idempotency-Replayed";

  private IdempotentResponses() {}

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
