package me.snaq.inventory.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import me.snaq.inventory.catalog.QuotaService;
import me.snaq.inventory.catalog.QuotaService.QuotaChange;
import me.snaq.inventory.catalog.domain.Quota;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.ETags;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/brands/{code}/quotas")
@Tag(name = "Catalog")
public class QuotaResource {
  private final QuotaService quotas;
  private final CurrentCaller caller;

  public QuotaResource(QuotaService quotas, CurrentCaller caller) {
    this.quotas = quotas;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listQuotas",
      summary = "A brand's quotas on house stock",
      description =
          "Every quota of the brand: its ring-fence (`reserved`) and `limit` on house stock per product, with the house units it holds now.")
  public Page<QuotaResponse> list(
      @PathParam("code") String code,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    return quotas.list(caller.get(), code, page).map(QuotaResponse::from);
  }

  @GET
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getQuota",
      summary = "A brand's quota on house stock of one product",
      description =
          "The brand's ring-fence and limit on the product's house stock, and the house units it holds; 404 QUOTA_NOT_FOUND when it has none.")
  public RestResponse<QuotaResponse> get(
      @PathParam("code") String code, @PathParam("sku") String sku) {
    return withTag(quotas.get(caller.get(), code, sku));
  }

  @PUT
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "setQuota",
      summary = "Create or replace a brand's quota on house stock of one product",
      description =
          "reserved: house units ring-fenced for this brand; limit: the most house units it may"
              + " hold allocated at once. The product must be eligible for the brand.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = QuotaResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = QuotaResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<QuotaResponse> set(
      @PathParam("code") String code,
      @PathParam("sku") String sku,
      @HeaderParam(ETags.IF_MATCH) String ifMatch,
      @Valid @NotNull QuotaRequest body) {
    QuotaChange change = quotas.set(code, sku, ETags.expectedVersion(ifMatch), body.terms());
    if (!change.created()) {
      return withTag(change.quota());
    }
    return RestResponse.ResponseBuilder.<QuotaResponse>created(
            URI.create("/v1/brands/" + code + "/quotas/" + sku))
        .entity(QuotaResponse.from(change.quota()))
        .tag(new EntityTag(String.valueOf(change.quota().version())))
        .build();
  }

  @DELETE
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "deleteQuota",
      summary = "Remove a brand's quota on one product",
      description =
          "The brand's ring-fence and limit on the product go; units it holds stay allocated.")
  @APIResponse(responseCode = "204", description = "Removed")
  public void delete(@PathParam("code") String code, @PathParam("sku") String sku) {
    quotas.remove(code, sku);
  }

  private static RestResponse<QuotaResponse> withTag(Quota quota) {
    return RestResponse.ResponseBuilder.ok(QuotaResponse.from(quota))
        .tag(new EntityTag(String.valueOf(quota.version())))
        .build();
  }
}
