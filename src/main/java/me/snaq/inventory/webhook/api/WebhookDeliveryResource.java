package me.snaq.inventory.webhook.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.webhook.WebhookService;
import me.snaq.inventory.webhook.domain.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What became of each event sent to an endpoint, attempt by attempt; and a retry by hand. */
@Path("/v1/webhook-endpoints/{id}/deliveries")
@Tag(name = "Webhooks")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
public class WebhookDeliveryResource {
  private final WebhookService webhooks;
  private final CurrentCaller caller;

  public WebhookDeliveryResource(WebhookService webhooks, CurrentCaller caller) {
    this.webhooks = webhooks;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "List an endpoint's deliveries",
      description =
          "Newest first: each event sent, where it stands (PENDING, RETRYING, SUCCEEDED,"
              + " FAILED), the last answer and every attempt with its status, duration, error and"
              + " when the next was due. Filters: status, type (an event type).")
  public Page<WebhookDeliveryResponse> list(
      @PathParam("id") long id,
      @QueryParam("status") DeliveryStatus status,
      @QueryParam("type") String type,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return webhooks
        .deliveries(caller.get(), id, status, type, PageRequest.of(limit, cursor))
        .map(WebhookDeliveryResponse::from);
  }

  @POST
  @Path("/{deliveryId}/retry")
  @Operation(
      operationId = "retryWebhookDelivery",
      summary = "Send a delivery again now",
      description =
          "Due at once whatever became of it (failed, given up, or even delivered); 202 with the"
              + " delivery, whose next attempt follows. 409 WEBHOOK_ENDPOINT_DISABLED when the"
              + " endpoint is off.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = WebhookDeliveryResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public RestResponse<WebhookDeliveryResponse> retry(
      @PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    return RestResponse.status(
        RestResponse.Status.ACCEPTED,
        WebhookDeliveryResponse.from(webhooks.retry(caller.get(), id, deliveryId)));
  }
}
