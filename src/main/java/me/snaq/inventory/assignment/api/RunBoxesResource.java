package me.snaq.inventory.assignment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import me.snaq.inventory.assignment.RunService;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.CsvOutput;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A run's boxes: JSON pages to read, or one CSV of them all for label printing. */
@Path("/v1/assignment-runs")
@Tag(name = "Assignment runs")
public class RunBoxesResource {
  private final RunService runs;
  private final CurrentCaller caller;

  public RunBoxesResource(RunService runs, CurrentCaller caller) {
    this.runs = runs;
    this.caller = caller;
  }

  @GET
  @Path("/{id}/boxes")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER, Roles.PARTNER})
  @Produces({MediaType.APPLICATION_JSON, CsvOutput.MEDIA_TYPE})
  @Operation(
      operationId = "listAssignmentBoxes",
      summary = "A run's boxes, by subscriber",
      description =
          "Each item with its lot, points and reason; `short=true` for short boxes. A partner sees"
              + " only its own brand's boxes. With `Accept: text/csv`, every box of the run (the"
              + " short filter applies) as one download for label printing, columns "
              + BoxCsv.COLUMNS
              + ".")
  @APIResponse(
      responseCode = "200",
      description = "The boxes",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BoxPage.class)),
        @Content(mediaType = CsvOutput.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  public Response boxes(
      @PathParam("id") long id,
      @QueryParam("subscriberId") String subscriberId,
      @QueryParam("short") Boolean onlyShort,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    Caller who = caller.get();
    if (!CsvOutput.preferred(headers)) {
      return Response.ok(
              runs.boxes(who, id, subscriberId, onlyShort, PageRequest.of(limit, cursor))
                  .map(BoxResponse::from))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    runs.get(id);
    return CsvOutput.attachment(
        "boxes-run-" + id,
        BoxCsv.HEADER,
        rows -> runs.eachBox(who, id, onlyShort, box -> rows.accept(BoxCsv.row(box))));
  }
}
