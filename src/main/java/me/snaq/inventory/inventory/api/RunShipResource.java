package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import me.snaq.inventory.inventory.ShippingService;
import me.snaq.inventory.shared.error.ValidationFailedException;
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

/**
 * Ships a committed assignment run's boxes, all or part, with a verdict each (see {@link
 * ShipmentResource}). In the inventory module: it ships allocations; the run module says whether
 * the run holds stock ({@code CommittedRuns}).
 */
@Path("/v1/assignment-runs")
@Tag(name = "Shipping")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class RunShipResource {
  private final ShippingService shipping;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public RunShipResource(ShippingService shipping, IdempotentWrites writes, CurrentCaller caller) {
    this.shipping = shipping;
    this.writes = writes;
    this.caller = caller;
  }

  @POST
  @Path("/{id}/ship")
  @Operation(
      operationId = "shipAssignmentRun",
      summary = "Ship a committed run's boxes",
      description =
          "Every open box of the run, or these allocations of it, or these subscribers' boxes"
              + " (an allocation of another run is NOT_FOUND). 404 for an unknown run, 409"
              + " RUN_NOT_COMMITTED for a PLAN run or one not succeeded."
              + ShipmentResource.VERDICTS)
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
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response shipRun(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid ShipRunRequest body) {
    Caller who = caller.get();
    ShipRunRequest part = body == null ? new ShipRunRequest(null, null) : body;
    if (part.allocationIds() != null && part.subscriberIds() != null) {
      throw new ValidationFailedException("subscriberIds", "notWith", "allocationIds");
    }
    return writes.run(
        who,
        key,
        "POST /v1/assignment-runs/" + id + "/ship",
        part,
        () ->
            ShipmentResponse.outcome(
                part.subscriberIds() != null
                    ? shipping.shipRunSubscribers(who, id, part.subscriberIds())
                    : shipping.shipRun(who, id, part.allocationIds())));
  }
}
