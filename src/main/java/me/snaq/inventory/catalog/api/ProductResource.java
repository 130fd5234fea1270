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
import me.snaq.inventory.catalog.ProductFilter;
import me.snaq.inventory.catalog.ProductService;
import me.snaq.inventory.catalog.ProductService.EligibleProduct;
import me.snaq.inventory.catalog.ProductStatus;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.ETags;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/products")
@Tag(name = "Catalog")
public class ProductResource {
  private final ProductService products;
  private final CurrentCaller caller;

  public ProductResource(ProductService products, CurrentCaller caller) {
    this.products = products;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "createProduct",
      summary = "Create a product",
      description =
          "A product with its category, ingredients (for exclusions) and the shelf life it must have left at delivery; ACTIVE unless said otherwise. 409 PRODUCT_ALREADY_EXISTS.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ProductResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public RestResponse<ProductResponse> create(@Valid @NotNull ProductRequest body) {
    EligibleProduct created = products.create(body.sku(), body.details());
    return RestResponse.ResponseBuilder.<ProductResponse>created(
            URI.create("/v1/products/" + body.sku()))
        .entity(ProductResponse.from(created))
        .tag(tag(created))
        .build();
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listProducts",
      summary = "List products",
      description = "A partner sees only the products eligible for its brand.")
  public Page<ProductResponse> list(
      @Parameter(description = "Only products eligible for this brand.") @QueryParam("brand")
          String brand,
      @QueryParam("category") String category,
      @QueryParam("status") ProductStatus status,
      @QueryParam("newProduct") Boolean newProduct,
      @Parameter(description = "Part of the SKU or name, any case.") @QueryParam("q") String text,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    ProductFilter filter = new ProductFilter(brand, category, status, newProduct, text);
    return products.list(caller.get(), filter, page).map(ProductResponse::from);
  }

  @GET
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getProduct",
      summary = "Get a product",
      description =
          "A product with the brands that may use it; a partner sees only products its brand may use (another is 404).")
  public RestResponse<ProductResponse> get(@PathParam("sku") String sku) {
    EligibleProduct product = products.get(caller.get(), sku);
    return RestResponse.ResponseBuilder.ok(ProductResponse.from(product)).tag(tag(product)).build();
  }

  @PUT
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "updateProduct",
      summary = "Change a product",
      description =
          "Name, category, ingredients, floor, status and the new-product flag; If-Match with the ETag guards against lost updates (412 on a stale tag).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ProductResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public RestResponse<ProductResponse> update(
      @PathParam("sku") String sku,
      @HeaderParam(ETags.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateProductRequest body) {
    EligibleProduct product = products.change(sku, ETags.expectedVersion(ifMatch), body.details());
    return RestResponse.ResponseBuilder.ok(ProductResponse.from(product)).tag(tag(product)).build();
  }

  @GET
  @Path("/{sku}/eligibility")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getEligibility",
      summary = "Brands that may use a product",
      description = "The brands that may use the product; its ETag is for If-Match on the PUT.")
  public RestResponse<EligibilityResponse> eligibility(@PathParam("sku") String sku) {
    EligibleProduct product = products.get(caller.get(), sku);
    return RestResponse.ResponseBuilder.ok(EligibilityResponse.from(product))
        .tag(tag(product))
        .build();
  }

  @PUT
  @Path("/{sku}/eligibility")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "setEligibility",
      summary = "Set exactly which brands may use a product",
      description = "Shares the product's ETag: any change of the product moves it.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = EligibilityResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<EligibilityResponse> setEligibility(
      @PathParam("sku") String sku,
      @HeaderParam(ETags.IF_MATCH) String ifMatch,
      @Valid @NotNull EligibilityRequest body) {
    EligibleProduct product =
        products.changeEligibility(sku, ETags.expectedVersion(ifMatch), body.brands());
    return RestResponse.ResponseBuilder.ok(EligibilityResponse.from(product))
        .tag(tag(product))
        .build();
  }

  private static EntityTag tag(EligibleProduct product) {
    return new EntityTag(String.valueOf(product.product().version()));
  }
}
