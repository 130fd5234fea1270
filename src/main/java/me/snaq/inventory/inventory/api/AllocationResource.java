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
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import me.snaq.inventory.inventory.AllocationService;
import me.snaq.inventory.inventory.allocation.AllocationLifecycle;
import me.snaq.inventory.inventory.allocation.AllocationReads;
import me.snaq.inventory.inventory.allocation.AllocationView;
import me.snaq.inventory.inventory.domain.AllocationFilter;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.shared.idempotency.Idempotency;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import me.snaq.inventory.shared.idempotency.IdempotentWrites;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.OnRequestContext;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/allocations")
@Tag(name = "Allocations")
public class AllocationResource {
  private final AllocationService allocations;
  private final AllocationLifecycle lifecycle;
  private final AllocationReads reads;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public AllocationResource(
      AllocationService allocations,
      AllocationLifecycle lifecycle,
      AllocationReads reads,
      IdempotentWrites writes,
      CurrentCaller caller) {
    this.allocations = allocations;
    this.lifecycle = lifecycle;
    this.reads = reads;
    this.writes = writes;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "createAllocation",
      summary = "Allocate stock for a delivery",
      description =
          "Lots are picked FEFO among those with the shelf life the delivery needs, within the"
              + " brand's own stock and its share of house stock. Not enough: 409"
              + " INSUFFICIENT_STOCK with `lines` (requested, available) and nothing reserved;"
              + " with allowPartial, what there is.")
  @APIResponse(
      responseCode = "201",
      description = "Allocated",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AllocationResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public CompletionStage<Response> create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CreateAllocationRequest body) {
    return OnRequestContext.of(
            allocations.create(
                caller.get(),
                key,
                body,
                body.toRequest(),
                created -> Outcome.created(location(created), AllocationResponse.from(created))))
        .thenApply(IdempotentWrites::toResponse);
  }

  private static String location(AllocationView created) {
    return "/v1/allocations/" + created.allocation().id();
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listAllocations",
      summary = "List allocations",
      description = "A partner sees its own.")
  public Page<AllocationResponse> list(
      @QueryParam("brand") String brand,
      @QueryParam("state") AllocationState state,
      @QueryParam("deliveryDate") LocalDate deliveryDate,
      @QueryParam("reference") String reference,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    AllocationFilter filter = new AllocationFilter(brand, state, deliveryDate, reference);
    return reads
        .list(caller.get(), filter, PageRequest.of(limit, cursor))
        .map(AllocationResponse::from);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getAllocation",
      summary = "Get an allocation",
      description =
          "The allocation with its lines, the lots picked for each and its state; a partner sees only its own brand's (another's is 404).")
  public AllocationResponse get(@PathParam("id") long id) {
    return AllocationResponse.from(reads.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/confirm")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "confirmAllocation",
      summary = "Confirm a hold (HELD -> ALLOCATED)",
      description =
          "Makes a hold firm: its units stay reserved with no time limit. 409 ILLEGAL_ALLOCATION_STATE unless it is HELD; a hold past its time has lapsed and cannot be confirmed. Idempotency-Key replays the first answer.")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AllocationResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response confirm(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key) {
    Caller who = caller.get();
    return change(
        who,
        key,
        "POST /v1/allocations/" + id + "/confirm",
        null,
        () -> lifecycle.confirm(who, id));
  }

  @POST
  @Path("/{id}/ship")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "shipAllocation",
      summary = "Ship an allocation (ALLOCATED -> SHIPPED)",
      description =
          "Its units leave on-hand (SHIP movements); a subscriber's box enters their delivery history. With exceptions (units found DAMAGED or MISSING at packing) the rest ships: the units reported short leave stock as ADJUST movements with that reason, the history records only what shipped, and the allocation is marked short with the reason. 422 SHORTAGE_NOT_IN_BOX for more units than the box holds, and nothing changes. Idempotency-Key replays the first answer.")
  @APIResponse(
      responseCode = "200",
      description = "Shipped",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AllocationResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response ship(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid ShipAllocationRequest body) {
    Caller who = caller.get();
    return change(
        who,
        key,
        "POST /v1/allocations/" + id + "/ship",
        body,
        () -> lifecycle.ship(who, id, body == null ? List.of() : body.shortages()));
  }

  @POST
  @Path("/{id}/release")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "releaseAllocation",
      summary = "Release an allocation: its units become available again",
      description =
          "Gives the units back to stock (one UNRESERVE per lot); the body and its reason are optional. 409 for an allocation that shipped or was released already. Idempotency-Key replays the first answer.")
  @APIResponse(
      responseCode = "200",
      description = "Released",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AllocationResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response release(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid ReleaseRequest body) {
    Caller who = caller.get();
    String reason = body == null || body.reason() == null ? "RELEASED" : body.reason();
    return change(
        who,
        key,
        "POST /v1/allocations/" + id + "/release",
        body,
        () -> lifecycle.release(who, id, reason));
  }

  private Response change(
      Caller who, String key, String operation, Object body, Supplier<AllocationView> action) {
    return writes.ok(who, key, operation, body, () -> AllocationResponse.from(action.get()));
  }
}
