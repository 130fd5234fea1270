package me.snaq.inventory.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import me.snaq.inventory.catalog.ThresholdService;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Low-stock thresholds: when a product's availability for a brand falls below its threshold, the
 * brand's webhook endpoints hear {@code stock.low}, once per crossing.
 */
@Path("/v1/brands/{code}/thresholds")
@Tag(name = "Catalog")
public class ThresholdResource {
  private final ThresholdService thresholds;
  private final CurrentCaller caller;

  public ThresholdResource(ThresholdService thresholds, CurrentCaller caller) {
    this.thresholds = thresholds;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listThresholds",
      summary = "A brand's low-stock thresholds",
      description =
          "Per product, in SKU order; the brand's default for every other eligible product is"
              + " its `lowStockThreshold`.")
  public Page<ThresholdResponse> list(
      @PathParam("code") String code,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return thresholds
        .list(caller.get(), code, PageRequest.of(limit, cursor))
        .map(ThresholdResponse::from);
  }

  @GET
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getThreshold",
      summary = "A brand's low-stock threshold for one product",
      description = "404 THRESHOLD_NOT_FOUND when the product has none of its own.")
  public ThresholdResponse get(@PathParam("code") String code, @PathParam("sku") String sku) {
    return ThresholdResponse.from(thresholds.get(caller.get(), code, sku));
  }

  @PUT
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "setThreshold",
      summary = "Set a brand's low-stock threshold for one product",
      description =
          "Below it, the brand's endpoints hear `stock.low` (once per crossing, again after"
              + " availability is back at or above it). The product must be eligible for the"
              + " brand.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ThresholdResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ThresholdResponse.class)))
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<ThresholdResponse> set(
      @PathParam("code") String code,
      @PathParam("sku") String sku,
      @Valid @NotNull ThresholdRequest body) {
    ThresholdService.Change change = thresholds.set(code, sku, body.threshold());
    ThresholdResponse response = ThresholdResponse.from(change.threshold());
    return change.created()
        ? RestResponse.ResponseBuilder.<ThresholdResponse>created(
                URI.create("/v1/brands/" + code + "/thresholds/" + sku))
            .entity(response)
            .build()
        : RestResponse.ok(response);
  }

  @DELETE
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "deleteThreshold",
      summary = "Remove a brand's low-stock threshold for one product",
      description = "The brand's default applies to the product again, if it has one.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public void delete(@PathParam("code") String code, @PathParam("sku") String sku) {
    thresholds.remove(code, sku);
  }
}
