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
import java.time.Instant;
import me.snaq.inventory.inventory.LedgerService;
import me.snaq.inventory.inventory.LedgerService.ProductBalances;
import me.snaq.inventory.inventory.TraceService;
import me.snaq.inventory.shared.idempotency.Idempotency;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import me.snaq.inventory.shared.idempotency.IdempotentWrites;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lot's history: its balance at a past instant, whom it served, and its recall. */
@Path("/v1/lots")
@Tag(name = "Stock")
public class LotTraceResource {
  private final TraceService traces;
  private final LedgerService ledger;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public LotTraceResource(
      TraceService traces, LedgerService ledger, IdempotentWrites writes, CurrentCaller caller) {
    this.traces = traces;
    this.ledger = ledger;
    this.writes = writes;
    this.caller = caller;
  }

  @GET
  @Path("/{id}/as-of")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getLotAsOf",
      summary = "A lot's balance at a past instant, from the ledger",
      description =
          "The lot's on-hand and reserved units at an instant, recomputed from the ledger; nothing when it had not been received yet.")
  public BalancesResponse asOf(
      @PathParam("id") long id,
      @Parameter(description = "ISO-8601 instant, e.g. 2026-11-20T00:00:00Z.", required = true)
          @QueryParam("at")
          Instant at) {
    Instant instant = BalancesResponse.required(at);
    ProductBalances history = ledger.lotAt(caller.get(), id, instant);
    return BalancesResponse.of(history.sku(), instant, history.lots());
  }

  @GET
  @Path("/{id}/trace")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "traceLot",
      summary = "Every allocation, reference and subscriber a lot served",
      description =
          "For a recall: every allocation that took units of the lot, with its reference, brand, subscriber, units and state.")
  public TraceResponse trace(@PathParam("id") long id) {
    return TraceResponse.from(traces.trace(caller.get(), id));
  }

  @POST
  @Path("/{id}/recall")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "recallLot",
      summary = "Recall a lot: put it on hold and list who is affected",
      description =
          "The lot goes on hold (no new allocation takes it, shipping from it is refused);"
              + " `affected` lists the HELD and ALLOCATED allocations to release or replace.")
  @APIResponse(
      responseCode = "200",
      description = "Recalled",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TraceResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response recall(
      @PathParam("id") long id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull HoldRequest body) {
    Caller who = caller.get();
    return writes.run(
        who,
        key,
        "POST /v1/lots/" + id + "/recall",
        body,
        () -> Outcome.ok(TraceResponse.from(traces.recall(who, id, body.reason()))));
  }
}
