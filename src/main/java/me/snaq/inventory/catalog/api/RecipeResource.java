package me.snaq.inventory.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import me.snaq.inventory.catalog.RecipeService;
import me.snaq.inventory.catalog.RecipeService.RecipeChange;
import me.snaq.inventory.catalog.domain.Recipe;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/brands/{code}/recipe")
@Tag(name = "Catalog")
public class RecipeResource {
  private final RecipeService recipes;
  private final CurrentCaller caller;

  public RecipeResource(RecipeService recipes, CurrentCaller caller) {
    this.recipes = recipes;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getRecipe",
      summary = "A brand's box recipe",
      description = "404 RECIPE_NOT_FOUND when the brand has none. A partner reads its own.")
  public RestResponse<RecipeResponse> get(@PathParam("code") String code) {
    return withTag(recipes.get(caller.get(), code));
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "setRecipe",
      summary = "Create or replace a brand's box recipe",
      description =
          "size 1..20; discoverySlots and the sum of requiredCategories at most size. A required"
              + " category's count is exact and may exceed maxPerCategory (a granola box: size 4,"
              + " {granola: 1, topping: 3}). The house has no recipe (422 RESERVED_BRAND).")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RecipeResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RecipeResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<RecipeResponse> set(
      @PathParam("code") String code,
      @HeaderParam(ETags.IF_MATCH) String ifMatch,
      @Valid @NotNull RecipeRequest body) {
    RecipeChange change = recipes.set(code, ETags.expectedVersion(ifMatch), body.terms());
    if (!change.created()) {
      return withTag(change.recipe());
    }
    return RestResponse.ResponseBuilder.<RecipeResponse>created(
            URI.create("/v1/brands/" + code + "/recipe"))
        .entity(RecipeResponse.from(change.recipe()))
        .tag(new EntityTag(String.valueOf(change.recipe().version())))
        .build();
  }

  private static RestResponse<RecipeResponse> withTag(Recipe recipe) {
    return RestResponse.ResponseBuilder.ok(RecipeResponse.from(recipe))
        .tag(new EntityTag(String.valueOf(recipe.version())))
        .build();
  }
}
