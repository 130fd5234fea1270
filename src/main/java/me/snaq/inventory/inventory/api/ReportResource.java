package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import me.snaq.inventory.inventory.ExpiryReport;
import me.snaq.inventory.inventory.ExpiryService;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.CsvOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/reports")
@Tag(name = "Stock")
public class ReportResource {
  static final String CSV = "text/csv";

  private final ExpiryService expiry;
  private final CurrentCaller caller;

  public ReportResource(ExpiryService expiry, CurrentCaller caller) {
    this.expiry = expiry;
    this.caller = caller;
  }

  @GET
  @Path("/expiry")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getExpiryReport",
      summary = "Near-expiry report",
      description =
          "Lots expiring within 7/30/60 days (configurable) or already expired, by owner, product"
              + " and lot. JSON, or CSV with `Accept: text/csv`. A partner sees its own lots.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExpiryReportResponse.class)),
        @Content(
            mediaType = CSV,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
      })
  public Response expiry(
      @Parameter(
              description = "Days ahead, 0 to 365; defaults to the largest horizon.",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "365"))
          @QueryParam("withinDays")
          Integer withinDays,
      HttpHeaders headers) {
    ExpiryReport report = expiry.report(caller.get(), withinDays);
    if (CsvOutput.preferred(headers)) {
      return csv(report);
    }
    return Response.ok(ExpiryReportResponse.from(report), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/expiry.csv")
  @Produces(CSV)
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getExpiryReportCsv",
      summary = "Near-expiry report as CSV",
      description =
          "The near-expiry report as a spreadsheet (text/csv, for clients that cannot negotiate):"
              + " one row per lot"
              + " (horizon, owner, sku, product, lot id and code, best-before, days left, on hand,"
              + " reserved, status, location). A partner sees its own lots.")
  @APIResponse(
      responseCode = "200",
      description = "The report as a CSV file (a download: generated clients return a file)",
      content =
          @Content(
              mediaType = CSV,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  public Response expiryCsv(
      @Parameter(
              description = "Days ahead, 0 to 365; defaults to the largest horizon.",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "365"))
          @QueryParam("withinDays")
          Integer withinDays) {
    return csv(expiry.report(caller.get(), withinDays));
  }

  private static Response csv(ExpiryReport report) {
    return Response.ok(ExpiryReportCsv.write(report), CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"expiry-" + report.asOf() + ".csv\"")
        .build();
  }
}
