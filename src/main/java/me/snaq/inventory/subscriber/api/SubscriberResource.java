package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import me.snaq.inventory.shared.error.ProblemFactory;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.CsvOutput;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.subscriber.BulkResult;
import me.snaq.inventory.subscriber.SubscriberService;
import me.snaq.inventory.subscriber.SubscriberStatus;
import me.snaq.inventory.subscriber.domain.Subscriber;
import me.snaq.inventory.subscriber.domain.SubscriberFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/subscribers")
@Tag(name = "Subscribers")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
public class SubscriberResource {
  private final SubscriberService subscribers;
  private final ItemResults results;
  private final ObjectMapper json;
  private final CurrentCaller caller;

  public SubscriberResource(
      SubscriberService subscribers, ItemResults results, ObjectMapper json, CurrentCaller caller) {
    this.subscribers = subscribers;
    this.results = results;
    this.json = json;
    this.caller = caller;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "upsertSubscribers",
      summary = "Create or update up to 10,000 subscribers, with a result per item",
      description =
          "The body is read as it streams in and written in batches. Each item is checked on its"
              + " own: an invalid one is REJECTED with its errors, the others are CREATED, UPDATED"
              + " or UNCHANGED (equal to what is stored). An id may appear once per request. A"
              + " partner may write only its own brand's subscribers. More than 10,000 items: 413"
              + " TOO_MANY_ITEMS and nothing is saved.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = ProfileRequest.class,
                      maxItems = SubscriberService.MAX_ITEMS)))
  @APIResponse(
      responseCode = "200",
      description = "One result per item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BulkUpsertResponse.class)))
  @APIResponse(responseCode = "413", ref = "ContentTooLarge")
  public BulkUpsertResponse upsert(InputStream body, HttpHeaders headers) {
    BulkResult result = subscribers.upsert(caller.get(), new JsonProfiles(json, body));
    return results.of(result, ProblemFactory.supported(headers.getAcceptableLanguages()));
  }

  @POST
  @Path("/import")
  @Consumes("text/csv")
  @Operation(
      operationId = "importSubscribers",
      summary = "Create or update subscribers from CSV, with a result per line",
      description =
          "Header row: "
              + SubscriberCsv.HEADER
              + " (any order; id, brand and status required). Lists are separated by ';', ratings"
              + " are sku:LEVEL pairs separated by ';'. The same rules as the JSON upsert; up to"
              + " 10,000 lines.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              example =
                  "id,brand,status,nextDeliveryDate,ngSkus,ratings\n"
                      + "sub-000123,standard,ACTIVE,2026-12-10,JERK-003,CHOC-001:LOVE;NUTS-004:OK"))
  @APIResponse(
      responseCode = "200",
      description = "One result per line",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BulkUpsertResponse.class)))
  @APIResponse(responseCode = "413", ref = "ContentTooLarge")
  public BulkUpsertResponse importCsv(InputStream body, HttpHeaders headers) {
    BulkResult result = subscribers.upsert(caller.get(), new SubscriberCsv(body));
    return results.of(result, ProblemFactory.supported(headers.getAcceptableLanguages()));
  }

  @GET
  @Operation(
      operationId = "listSubscribers",
      summary = "List subscribers",
      description =
          "In id order. A partner sees its own brand's. With `Accept: text/csv`, every subscriber"
              + " of the filter as one download in the columns the CSV import reads ("
              + SubscriberCsv.HEADER
              + "), so exporting, editing in a spreadsheet and importing changes only what was"
              + " edited.")
  @Produces({MediaType.APPLICATION_JSON, CsvOutput.MEDIA_TYPE})
  @APIResponse(
      responseCode = "200",
      description = "The subscribers",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriberPage.class)),
        @Content(mediaType = CsvOutput.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  public Response list(
      @QueryParam("brand") String brand,
      @QueryParam("status") SubscriberStatus status,
      @QueryParam("nextDeliveryDate") LocalDate nextDeliveryDate,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context HttpHeaders headers) {
    SubscriberFilter filter = new SubscriberFilter(brand, status, nextDeliveryDate);
    Caller who = caller.get();
    if (!CsvOutput.preferred(headers)) {
      return Response.ok(
              subscribers
                  .list(who, filter, PageRequest.of(limit, cursor))
                  .map(SubscriberResponse::from))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    return CsvOutput.attachment(
        "subscribers",
        SubscriberCsv.HEADER + "\r\n",
        rows -> subscribers.each(who, filter, s -> rows.accept(SubscriberCsv.row(s.profile()))));
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getSubscriber",
      summary = "Get a subscriber's profile",
      description =
          "The profile as stored: status, next delivery date, exclusions, NG list, liked categories, ratings and requests; a partner reads only its own brand's (another is 404).")
  public RestResponse<SubscriberResponse> get(@PathParam("id") String id) {
    Subscriber subscriber = subscribers.get(caller.get(), id);
    return RestResponse.ResponseBuilder.ok(SubscriberResponse.from(subscriber))
        .tag(new EntityTag(String.valueOf(subscriber.version())))
        .build();
  }
}
