package me.snaq.inventory.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import me.snaq.inventory.access.ApiKeyService;
import me.snaq.inventory.access.ApiKeyService.IssuedKey;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/api-keys")
@Tag(name = "Access")
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {
  private final ApiKeyService apiKeys;
  private final CurrentCaller caller;

  public ApiKeyResource(ApiKeyService apiKeys, CurrentCaller caller) {
    this.apiKeys = apiKeys;
    this.caller = caller;
  }

  @POST
  @Operation(
      operationId = "createApiKey",
      summary = "Issue an API key",
      description = "The secret is returned once, in this response; only its hash is stored.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreatedApiKeyResponse.class)))
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<CreatedApiKeyResponse> create(@Valid @NotNull CreateApiKeyRequest body) {
    IssuedKey issued = apiKeys.issue(caller.get(), body.name(), body.role(), body.brand());
    return RestResponse.ResponseBuilder.<CreatedApiKeyResponse>created(
            URI.create("/v1/api-keys/" + issued.key().id()))
        .entity(CreatedApiKeyResponse.from(issued))
        .build();
  }

  @GET
  @Operation(
      operationId = "listApiKeys",
      summary = "List API keys",
      description =
          "Every key's id, name, role, brand, prefix, creator and revocation time; the keys themselves are never shown again.")
  public Page<ApiKeyResponse> list(
      @QueryParam("role") Role role,
      @QueryParam("includeRevoked") Boolean includeRevoked,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return apiKeys
        .list(role, Boolean.TRUE.equals(includeRevoked), PageRequest.of(limit, cursor))
        .map(ApiKeyResponse::from);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getApiKey",
      summary = "Get an API key",
      description =
          "One key's id, name, role, brand, prefix, creator and revocation time; never the key itself.")
  public ApiKeyResponse get(@PathParam("id") String id) {
    return ApiKeyResponse.from(apiKeys.get(id));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "revokeApiKey",
      summary = "Revoke an API key",
      description = "Refused from the next request on. Revoking twice is harmless.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public void revoke(@PathParam("id") String id) {
    apiKeys.revoke(id);
  }
}
