package me.snaq.inventory.assignment.api;

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
import me.snaq.inventory.assignment.RunService;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunStatus;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/assignment-runs")
@Tag(name = "Assignment runs")
public class RunResource {
  private final RunService runs;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public RunResource(RunService runs, IdempotentWrites writes, CurrentCaller caller) {
    this.runs = runs;
    this.writes = writes;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER})
  @Operation(
      operationId = "startAssignmentRun",
      summary = "Start an assignment run",
      description =
          "Queues a run for the delivery date's ACTIVE subscribers of these brands; one replica"
              + " executes it. 202 with the run and its Location; poll it until SUCCEEDED or"
              + " FAILED. The same Idempotency-Key returns the same run.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RunResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response start(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CreateRunRequest body) {
    Caller who = caller.get();
    return writes.run(
        who,
        key,
        "POST /v1/assignment-runs",
        body,
        () -> {
          Run run = runs.trigger(who, body.deliveryDate(), body.brands(), body.mode());
          return new Outcome(202, "/v1/assignment-runs/" + run.id(), RunResponse.from(run));
        });
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER})
  @Operation(
      operationId = "listAssignmentRuns",
      summary = "List runs, newest first",
      description =
          "Runs by delivery date and status, newest first, with their progress and metrics.")
  public Page<RunResponse> list(
      @QueryParam("deliveryDate") LocalDate deliveryDate,
      @QueryParam("status") RunStatus status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return runs.list(deliveryDate, status, PageRequest.of(limit, cursor)).map(RunResponse::from);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER})
  @Operation(
      operationId = "getAssignmentRun",
      summary = "A run: status, phase, metrics, times",
      description =
          "A run's status, the phase it is in (written as each starts), attempts, metrics once it has SUCCEEDED and the seconds each phase took.")
  public RunResponse get(@PathParam("id") long id) {
    return RunResponse.from(runs.get(id));
  }

  @GET
  @Path("/{id}/boxes/{subscriberId}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER})
  @Operation(
      operationId = "getAssignmentBox",
      summary = "One box of a run; with explain=true, why each other product is not in it",
      description =
          "`whyNot` lists every product of the catalog the box does not hold with the first rule"
              + " that kept it out, computed from what the run kept of its stock and catalog and"
              + " the subscriber's profile. 404 BOX_NOT_FOUND when the run has no box for the"
              + " subscriber; 409 EXPLANATION_NOT_KEPT for runs stored before explanations were"
              + " kept.")
  @APIResponse(
      responseCode = "200",
      description = "The box",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BoxResponse.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public BoxResponse box(
      @PathParam("id") long id,
      @PathParam("subscriberId") String subscriberId,
      @QueryParam("explain") Boolean explain) {
    return BoxResponse.from(runs.explain(id, subscriberId, Boolean.TRUE.equals(explain)));
  }

  @GET
  @Path("/{id}/demand")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER})
  @Operation(
      operationId = "getAssignmentDemand",
      summary = "Units per product the run's boxes need and use, against the stock",
      description =
          "Per product: units the boxes use, units they would want were every product in stock"
              + " (wanted), the units the run's brands may use, and what is short (wanted beyond"
              + " them) or unmet (wanted but not given).")
  public List<DemandResponse> demand(@PathParam("id") long id) {
    return runs.demand(id).stream().map(DemandResponse::from).toList();
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSIGNER})
  @Operation(
      operationId = "cancelAssignmentRun",
      summary = "Cancel a run",
      description =
          "A queued or running run stops (its results are dropped); a succeeded COMMIT's open"
              + " allocations are released. Any other ended run: 409 RUN_FINISHED.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RunResponse.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public RunResponse cancel(@PathParam("id") long id) {
    return RunResponse.from(runs.cancel(caller.get(), id));
  }
}
