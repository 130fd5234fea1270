package me.snaq.inventory.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.BrandService;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.domain.BrandFilter;
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

@Path("/v1/brands")
@Tag(name = "Catalog")
public class BrandResource {
  private final BrandService brands;
  private final CurrentCaller caller;

  public BrandResource(BrandService brands, CurrentCaller caller) {
    this.brands = brands;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "createBrand",
      summary = "Create a house box line or a partner brand",
      description =
          "A house box line (HOUSE_BOX) or a partner brand (PARTNER); the code is a lowercase slug and `house` is reserved. 409 BRAND_ALREADY_EXISTS.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BrandResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<BrandResponse> create(@Valid @NotNull CreateBrandRequest body) {
    Brand brand = brands.create(body.code(), body.kind(), body.details());
    return RestResponse.ResponseBuilder.<BrandResponse>created(
            URI.create("/v1/brands/" + brand.code()))
        .entity(BrandResponse.from(brand))
        .tag(new EntityTag(String.valueOf(brand.version())))
        .build();
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listBrands",
      summary = "List brands",
      description = "A partner sees only its own brand.")
  public Page<BrandResponse> list(
      @QueryParam("kind") BrandKind kind,
      @QueryParam("active") Boolean active,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    return brands
        .list(caller.get(), new BrandFilter(null, kind, active), page)
        .map(BrandResponse::from);
  }

  @GET
  @Path("/{code}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getBrand",
      summary = "Get a brand",
      description =
          "A brand with its kind, state and floor; a partner reads only its own brand (another is 404). The ETag is for If-Match.")
  public RestResponse<BrandResponse> get(@PathParam("code") String code) {
    Brand brand = brands.get(caller.get(), code);
    return withTag(brand);
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "updateBrand",
      summary = "Change a brand's name, status or policy",
      description =
          "Name, active flag and the brand's own shelf-life floor; If-Match with the ETag guards against lost updates (412 on a stale tag).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BrandResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<BrandResponse> update(
      @PathParam("code") String code,
      @HeaderParam(ETags.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateBrandRequest body) {
    Brand brand = brands.change(code, ETags.expectedVersion(ifMatch), body.details());
    return withTag(brand);
  }

  private static RestResponse<BrandResponse> withTag(Brand brand) {
    return RestResponse.ResponseBuilder.ok(BrandResponse.from(brand))
        .tag(new EntityTag(String.valueOf(brand.version())))
        .build();
  }
}
