package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import me.snaq.inventory.inventory.ShipmentItemStatus;
import me.snaq.inventory.inventory.ShippingService;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A bulk shipment's progress and its items' verdicts. */
@Path("/v1/shipments")
@Tag(name = "Shipping")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ShipmentResource {
  static final String VERDICTS =
      " Each item is SHIPPED, or REFUSED with a reason (NOT_FOUND, NOT_CONFIRMED, ALREADY_SHIPPED,"
          + " RELEASED, EXPIRED, LOT_ON_HOLD, LOT_RECALLED); the refused never stop the others."
          + " Up to one batch (`inventory.shipping.batch-size`) ships in one transaction and"
          + " answers 200 with every item; a larger request answers 202 with the shipment and"
          + " its Location, and ships in batches of one transaction each (a replica stopping or"
          + " dying mid-way leaves each box shipped or not, and another replica finishes the"
          + " rest). The same Idempotency-Key answers the same shipment.";

  private final ShippingService shipping;
  private final CurrentCaller caller;

  public ShipmentResource(ShippingService shipping, CurrentCaller caller) {
    this.shipping = shipping;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getShipment",
      summary = "A bulk shipment's progress",
      description = "Counts of shipped, refused and pending items; SUCCEEDED once none is pending.")
  @APIResponse(
      responseCode = "200",
      description = "The shipment",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ShipmentResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public ShipmentResponse get(@PathParam("id") long id) {
    return ShipmentResponse.from(shipping.get(caller.get(), id), null);
  }

  @GET
  @Path("/{id}/items")
  @Operation(
      operationId = "listShipmentItems",
      summary = "A bulk shipment's items and their verdicts",
      description = "In allocation id order; `status` keeps one kind (REFUSED, say).")
  public Page<ShipmentItemResponse> items(
      @PathParam("id") long id,
      @QueryParam("status") ShipmentItemStatus status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return shipping
        .items(caller.get(), id, status, PageRequest.of(limit, cursor))
        .map(ShipmentItemResponse::from);
  }
}
