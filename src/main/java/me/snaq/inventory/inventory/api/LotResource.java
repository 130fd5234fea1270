package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.Supplier;
import me.snaq.inventory.inventory.LotService;
import me.snaq.inventory.inventory.LotView;
import me.snaq.inventory.inventory.domain.LotFilter;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.shared.idempotency.Idempotency;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import me.snaq.inventory.shared.idempotency.IdempotentWrites;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/lots")
@Tag(name = "Stock")
public class LotResource {
  private final LotService lots;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public LotResource(LotService lots, IdempotentWrites writes, CurrentCaller caller) {
    this.lots = lots;
    this.writes = writes;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "receiveLot",
      summary = "Receive a lot",
      description =
          "Records a RECEIVE movement. One lot code per product and owner. With an"
              + " Idempotency-Key, a repeat returns the first response.")
  @APIResponse(
      responseCode = "201",
      description = "Received",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LotResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response receive(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ReceiveLotRequest body) {
    Caller who = caller.get();
    return writes.run(
        who,
        key,
        "POST /v1/lots",
        body,
        () -> {
          LotView lot = lots.receive(who, body.receipt());
          return Outcome.created("/v1/lots/" + lot.lot().id(), LotResponse.from(lot));
        });
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listLots",
      summary = "List lots",
      description = "A partner sees only the lots its brand owns. Status is as of today.")
  public Page<LotResponse> list(
      @QueryParam("sku") String sku,
      @QueryParam("owner") String owner,
      @QueryParam("status") LotStatus status,
      @QueryParam("location") String location,
      @Parameter(description = "Best-before on or after this date.") @QueryParam("bestBeforeFrom")
          LocalDate bestBeforeFrom,
      @Parameter(description = "Best-before on or before this date.") @QueryParam("bestBeforeTo")
          LocalDate bestBeforeTo,
      @Parameter(
              description = "The producer's lot code, exactly (a code may recur across products).")
          @QueryParam("lotCode")
          String lotCode,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    LotFilter filter =
        new LotFilter(sku, owner, status, location, bestBeforeFrom, bestBeforeTo, lotCode);
    return lots.list(caller.get(), filter, PageRequest.of(limit, cursor)).map(LotResponse::from);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getLot",
      summary = "Get a lot",
      description =
          "A lot with its quantities (on hand, reserved, free), its status as of today (a lot past its best-before reads EXPIRED even before the expiry job), hold and location. A partner sees only its own lots.")
  public LotResponse get(@PathParam("id") long id) {
    return LotResponse.from(lots.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/adjustments")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "adjustLot",
      summary = "Correct the on-hand quantity",
      description =
          "An ADJUST movement with a reason. expectedOnHand must equal the lot's on-hand quantity"
              + " (409 ON_HAND_MISMATCH otherwise, nothing changes). Units held by allocations"
              + " cannot be adjusted away (409 INSUFFICIENT_STOCK).")
  @APIResponse(
      responseCode = "200",
      description = "Adjusted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LotResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response adjust(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull AdjustmentRequest body) {
    Caller who = caller.get();
    return change(
        who,
        key,
        "POST /v1/lots/" + id + "/adjustments",
        body,
        () ->
            lots.adjust(who, id, body.delta(), body.reason(), body.expectedOnHand(), body.note()));
  }

  @POST
  @Path("/{id}/counts")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "countLot",
      summary = "Record a cycle count",
      description = "Adjusts on-hand to the counted quantity with reason COUNT (also when equal).")
  @APIResponse(
      responseCode = "200",
      description = "Counted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LotResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response count(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull CountRequest body) {
    Caller who = caller.get();
    return change(
        who,
        key,
        "POST /v1/lots/" + id + "/counts",
        body,
        () -> lots.count(who, id, body.counted(), body.expectedOnHand(), body.note()));
  }

  @POST
  @Path("/{id}/hold")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "holdLot",
      summary = "Put a lot on hold (quarantine)",
      description =
          "Quarantine: the lot serves no new allocation until it is unheld; its reserved units stay. A HOLD movement records the reason and review date. Idempotency-Key replays the first answer.")
  @APIResponse(
      responseCode = "200",
      description = "On hold",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LotResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response hold(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull HoldRequest body) {
    Caller who = caller.get();
    return change(
        who,
        key,
        "POST /v1/lots/" + id + "/hold",
        body,
        () -> lots.hold(who, id, body.reason(), body.reviewOn()));
  }

  @POST
  @Path("/{id}/unhold")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "unholdLot",
      summary = "Release a lot from hold",
      description = "A lot past its best-before comes back EXPIRED.")
  @APIResponse(
      responseCode = "200",
      description = "Released",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LotResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response unhold(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid UnholdRequest body) {
    Caller who = caller.get();
    UnholdRequest request = body == null ? new UnholdRequest(null, null) : body;
    return change(
        who,
        key,
        "POST /v1/lots/" + id + "/unhold",
        request,
        () -> lots.unhold(who, id, request.text()));
  }

  @POST
  @Path("/{id}/write-off")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "writeOffLot",
      summary = "Write off units",
      description = "A WRITE_OFF movement; without quantity, all units no allocation holds.")
  @APIResponse(
      responseCode = "200",
      description = "Written off",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LotResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response writeOff(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull WriteOffRequest body) {
    Caller who = caller.get();
    return change(
        who,
        key,
        "POST /v1/lots/" + id + "/write-off",
        body,
        () -> lots.writeOff(who, id, body.quantity(), body.reason(), body.note()));
  }

  private Response change(
      Caller who, String key, String operation, Object body, Supplier<LotView> action) {
    return writes.ok(who, key, operation, body, () -> LotResponse.from(action.get()));
  }
}
