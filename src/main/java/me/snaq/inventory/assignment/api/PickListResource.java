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
import java.util.List;
import me.snaq.inventory.assignment.RunPickingService;
import me.snaq.inventory.inventory.PickScope;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.CsvOutput;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * DESIGN 1's picking step: what the warehouse pulls for a committed run's boxes. JSON pages, or the
 * whole list as CSV with {@code Accept: text/csv}, streamed as the database sends it.
 */
@Path("/v1/assignment-runs")
@Tag(name = "Picking")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER, Roles.PARTNER})
public class PickListResource {
  static final String LIST_DESCRIPTION =
      "One row per lot of each open box (HELD or ALLOCATED; a shipped or released box has"
          + " nothing left to pick), in walking order: location, then box, then product. JSON"
          + " pages (cursor), or the whole list as CSV with `Accept: text/csv` (columns "
          + "location, subscriber_id, brand, allocation_id, sku, product_name, lot_id, lot_code,"
          + " best_before, quantity). A partner sees only its own brand's boxes; a run serving none of"
          + " them reads as unknown (404).";

  private final RunPickingService picking;
  private final CurrentCaller caller;

  public PickListResource(RunPickingService picking, CurrentCaller caller) {
    this.picking = picking;
    this.caller = caller;
  }

  @GET
  @Path("/{id}/pick-list")
  @Produces({MediaType.APPLICATION_JSON, CsvOutput.MEDIA_TYPE})
  @Operation(
      operationId = "getRunPickList",
      summary = "A committed run's pick list",
      description =
          LIST_DESCRIPTION
              + " 409 RUN_NOT_COMMITTED for a PLAN run or a COMMIT run that has not succeeded.")
  @APIResponse(
      responseCode = "200",
      description = "The pick list",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PickListPage.class)),
        @Content(mediaType = CsvOutput.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response runPickList(
      @PathParam("id") long id,
      @Parameter(description = "Only this location.") @QueryParam("location") String location,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      HttpHeaders headers) {
    PickScope scope =
        RunPickingService.scope(caller.get(), List.of(picking.committed(caller.get(), id)));
    return pickList(picking, scope, location, limit, cursor, headers, "run-" + id);
  }

  @GET
  @Path("/{id}/pick-summary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getRunPickSummary",
      summary = "A committed run's pick summary: units per location and lot, totals per product",
      description =
          "The wave a picker works from. Its units equal those the run's open boxes hold, lot by"
              + " lot. 409 RUN_NOT_COMMITTED for a PLAN run or one that has not succeeded.")
  @APIResponse(
      responseCode = "200",
      description = "The pick summary",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PickSummaryResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public PickSummaryResponse runPickSummary(@PathParam("id") long id) {
    return PickSummaryResponse.from(
        picking.summary(
            RunPickingService.scope(caller.get(), List.of(picking.committed(caller.get(), id)))));
  }

  /** The JSON page, or the whole list streamed as CSV when the request prefers it. */
  static Response pickList(
      RunPickingService picking,
      PickScope scope,
      String location,
      String limit,
      String cursor,
      HttpHeaders headers,
      String fileName) {
    if (!CsvOutput.preferred(headers)) {
      PageRequest page = PageRequest.of(limit, cursor);
      return Response.ok(PickListPage.from(picking.pickList(scope, location, page)))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    return CsvOutput.attachment(
        "pick-list-" + fileName,
        PickLineResponse.CSV_HEADER,
        rows ->
            picking.eachPickLine(
                scope, location, line -> rows.accept(PickLineResponse.csvRow(line))));
  }
}
