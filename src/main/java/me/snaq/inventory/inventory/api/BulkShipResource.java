package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import me.snaq.inventory.inventory.ShippingService;
import me.snaq.inventory.shared.idempotency.Idempotency;
import me.snaq.inventory.shared.idempotency.IdempotentWrites;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ships many allocations at once, with a verdict each (see {@link ShipmentResource}). */
@Path("/v1/allocations")
@Tag(name = "Shipping")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class BulkShipResource {
  private final ShippingService shipping;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public BulkShipResource(ShippingService shipping, IdempotentWrites writes, CurrentCaller caller) {
    this.shipping = shipping;
    this.writes = writes;
    this.caller = caller;
  }

  @POST
  @Path("/ship")
  @Operation(
      operationId = "shipAllocations",
      summary = "Ship many allocations",
      description = "Ships these ALLOCATED allocations." + ShipmentResource.VERDICTS)
  @APIResponse(
      responseCode = "200",
      description = "Shipped at once: every item's verdict",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ShipmentResponse.class)))
  @APIResponse(
      responseCode = "202",
      description = "Shipping in batches: poll the shipment",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ShipmentResponse.class)))
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response shipAllocations(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ShipAllocationsRequest body) {
    Caller who = caller.get();
    return writes.run(
        who,
        key,
        "POST /v1/allocations/ship",
        body,
        () -> ShipmentResponse.outcome(shipping.ship(who, body.allocationIds())));
  }
}
