package me.snaq.inventory.assignment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import me.snaq.inventory.assignment.RunPickingService;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.CsvOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pick list and summary of a delivery date, across its committed runs. */
@Path("/v1/pick-lists")
@Tag(name = "Picking")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER, Roles.PARTNER})
public class DeliveryPickListResource {
  private final RunPickingService picking;
  private final CurrentCaller caller;

  public DeliveryPickListResource(RunPickingService picking, CurrentCaller caller) {
    this.picking = picking;
    this.caller = caller;
  }

  @GET
  @Path("/{deliveryDate}")
  @Produces({MediaType.APPLICATION_JSON, CsvOutput.MEDIA_TYPE})
  @Operation(
      operationId = "getPickList",
      summary = "The pick list of a delivery date, across its committed runs",
      description = PickListResource.LIST_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The pick list",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PickListPage.class)),
        @Content(mediaType = CsvOutput.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  public Response datePickList(
      @PathParam("deliveryDate") LocalDate deliveryDate,
      @Parameter(description = "Only this location.") @QueryParam("location") String location,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      HttpHeaders headers) {
    return PickListResource.pickList(
        picking,
        RunPickingService.scope(caller.get(), picking.committedOn(deliveryDate)),
        location,
        limit,
        cursor,
        headers,
        "delivery-" + deliveryDate);
  }

  @GET
  @Path("/{deliveryDate}/summary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getPickSummary",
      summary = "The pick summary of a delivery date, across its committed runs",
      description =
          "Units per location and lot, with totals per product, of the open boxes of every"
              + " succeeded COMMIT run for the date; none is an empty summary. A partner sees only"
              + " its own brand's boxes.")
  @APIResponse(
      responseCode = "200",
      description = "The pick summary",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PickSummaryResponse.class)))
  public PickSummaryResponse datePickSummary(@PathParam("deliveryDate") LocalDate deliveryDate) {
    return PickSummaryResponse.from(
        picking.summary(RunPickingService.scope(caller.get(), picking.committedOn(deliveryDate))));
  }
}
