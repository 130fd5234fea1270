package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import me.snaq.inventory.shared.error.ProblemFactory;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.subscriber.BulkResult;
import me.snaq.inventory.subscriber.DeliveryHistoryService;
import me.snaq.inventory.subscriber.SubscriberService;
import me.snaq.inventory.subscriber.domain.Delivery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/subscribers")
@Tag(name = "Subscribers")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
public class DeliveryResource {
  private final DeliveryHistoryService history;
  private final ItemResults results;
  private final ObjectMapper json;
  private final CurrentCaller caller;

  public DeliveryResource(
      DeliveryHistoryService history,
      ItemResults results,
      ObjectMapper json,
      CurrentCaller caller) {
    this.history = history;
    this.results = results;
    this.json = json;
    this.caller = caller;
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "listDeliveries",
      summary = "A subscriber's delivery history, newest first (at most 500 rows)",
      description = "Recorded when a box's allocation ships. A partner sees its own brand's boxes.")
  public List<Delivery> list(@PathParam("id") String id) {
    return history.history(caller.get(), id);
  }

  @POST
  @Path("/deliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importDeliveries",
      summary = "Import past deliveries (bootstrap), with a result per item",
      description =
          "Each row is a product a subscriber received on a date. A row recorded before, by an"
              + " import or a shipped box, is UNCHANGED, so an import can be sent again safely."
              + " A partner may import only its own brand's subscribers' history. Up to 10,000"
              + " rows; more: 413 TOO_MANY_ITEMS and nothing is saved.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = DeliveryRecordRequest.class,
                      maxItems = SubscriberService.MAX_ITEMS)))
  @APIResponse(
      responseCode = "200",
      description = "One result per item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeliveryImportResponse.class)))
  @APIResponse(responseCode = "413", ref = "ContentTooLarge")
  public DeliveryImportResponse importHistory(InputStream body, HttpHeaders headers) {
    BulkResult result = history.importHistory(caller.get(), new JsonDeliveries(json, body));
    return results.ofDeliveries(result, ProblemFactory.supported(headers.getAcceptableLanguages()));
  }
}
