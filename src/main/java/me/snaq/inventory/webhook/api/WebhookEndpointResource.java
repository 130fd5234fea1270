package me.snaq.inventory.webhook.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.ETags;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.webhook.WebhookService;
import me.snaq.inventory.webhook.domain.WebhookEndpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * DESIGN 9's webhook endpoints: where signed events go. A partner manages its own brand's; staff
 * may bind one to a brand or receive every brand's events.
 */
@Path("/v1/webhook-endpoints")
@Tag(name = "Webhooks")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
public class WebhookEndpointResource {
  private final WebhookService webhooks;
  private final CurrentCaller caller;

  public WebhookEndpointResource(WebhookService webhooks, CurrentCaller caller) {
    this.webhooks = webhooks;
    this.caller = caller;
  }

  @POST
  @Operation(
      operationId = "createWebhookEndpoint",
      summary = "Register a webhook endpoint",
      description =
          "Events are POSTed to the URL signed the Standard Webhooks way (`webhook-id`,"
              + " `webhook-timestamp`, `webhook-signature`: `v1,` + base64 HMAC-SHA256 of"
              + " `id.timestamp.body` keyed by the secret's base64-decoded bytes after `whsec_`)."
              + " The secret is in this response only. `https` only in production, and no host"
              + " resolving to a private address (400 on `url`). A partner's endpoint receives its"
              + " own brand's events only.")
  @APIResponse(
      responseCode = "201",
      description = "Created, with its secret",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WebhookEndpointWithSecretResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public RestResponse<WebhookEndpointWithSecretResponse> create(
      @Valid @NotNull CreateWebhookEndpointRequest body) {
    WebhookService.WithSecret made = webhooks.create(caller.get(), body.settings(), body.brand());
    return RestResponse.ResponseBuilder.<WebhookEndpointWithSecretResponse>created(
            URI.create("/v1/webhook-endpoints/" + made.endpoint().id()))
        .entity(WebhookEndpointWithSecretResponse.from(made))
        .tag(new EntityTag(String.valueOf(made.endpoint().version())))
        .build();
  }

  @GET
  @Operation(
      operationId = "listWebhookEndpoints",
      summary = "List webhook endpoints",
      description = "In id order; a partner sees its own brand's. Secrets are never shown again.")
  public Page<WebhookEndpointResponse> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    return webhooks
        .list(caller.get(), PageRequest.of(limit, cursor))
        .map(WebhookEndpointResponse::from);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getWebhookEndpoint",
      summary = "Get a webhook endpoint",
      description =
          "Its URL, events, brand, state (and why it is off) and failing streak; the ETag is for"
              + " If-Match. Another brand's endpoint is 404 for a partner.")
  public RestResponse<WebhookEndpointResponse> get(@PathParam("id") long id) {
    return withTag(webhooks.get(caller.get(), id));
  }

  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateWebhookEndpoint",
      summary = "Change a webhook endpoint",
      description =
          "URL, events, description and `active`: false turns it off, true turns a disabled one"
              + " on again (clearing why it was off). If-Match with the ETag (412 when stale).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WebhookEndpointResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public RestResponse<WebhookEndpointResponse> update(
      @PathParam("id") long id,
      @HeaderParam(ETags.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateWebhookEndpointRequest body) {
    return withTag(
        webhooks.change(
            caller.get(), id, ETags.expectedVersion(ifMatch), body.settings(), body.active()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "deleteWebhookEndpoint",
      summary = "Delete a webhook endpoint",
      description = "It receives nothing more; its deliveries go with it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public void delete(@PathParam("id") long id) {
    webhooks.delete(caller.get(), id);
  }

  @POST
  @Path("/{id}/rotate-secret")
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Give a webhook endpoint a new secret",
      description =
          "The new secret is in this response only. The old one keeps signing beside it (two"
              + " space-separated signatures) until `previousSecretUntil`"
              + " (`inventory.webhooks.rotation-overlap`, 24 h by default).")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint with its new secret",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WebhookEndpointWithSecretResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public WebhookEndpointWithSecretResponse rotate(@PathParam("id") long id) {
    return WebhookEndpointWithSecretResponse.from(webhooks.rotateSecret(caller.get(), id));
  }

  @POST
  @Path("/{id}/test")
  @Operation(
      operationId = "testWebhookEndpoint",
      summary = "Send a ping to a webhook endpoint",
      description =
          "Queues a `ping` event for this endpoint alone and answers 202 with its delivery; poll"
              + " the deliveries for the outcome. 409 WEBHOOK_ENDPOINT_DISABLED when it is off.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WebhookDeliveryResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public RestResponse<WebhookDeliveryResponse> test(@PathParam("id") long id) {
    return RestResponse.status(
        RestResponse.Status.ACCEPTED,
        WebhookDeliveryResponse.from(webhooks.ping(caller.get(), id)));
  }

  private static RestResponse<WebhookEndpointResponse> withTag(WebhookEndpoint endpoint) {
    return RestResponse.ResponseBuilder.ok(WebhookEndpointResponse.from(endpoint))
        .tag(new EntityTag(String.valueOf(endpoint.version())))
        .build();
  }
}
