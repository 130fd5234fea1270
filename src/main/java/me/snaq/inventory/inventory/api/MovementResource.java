package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import me.snaq.inventory.inventory.LedgerService;
import me.snaq.inventory.inventory.domain.MovementFilter;
import me.snaq.inventory.inventory.domain.MovementType;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/movements")
@Tag(name = "Stock")
public class MovementResource {
  private final LedgerService ledger;
  private final CurrentCaller caller;

  public MovementResource(LedgerService ledger, CurrentCaller caller) {
    this.ledger = ledger;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listMovements",
      summary = "The stock ledger, oldest first",
      description = "A partner sees the movements of its own lots only.")
  public Page<MovementResponse> list(
      @QueryParam("sku") String sku,
      @QueryParam("lotId") Long lotId,
      @QueryParam("type") MovementType type,
      @QueryParam("reference") String reference,
      @Parameter(description = "From this instant (inclusive), ISO-8601.") @QueryParam("from")
          Instant from,
      @Parameter(description = "Until this instant (exclusive), ISO-8601.") @QueryParam("to")
          Instant to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    MovementFilter filter = new MovementFilter(sku, lotId, null, type, reference, from, to);
    return ledger
        .movements(caller.get(), filter, PageRequest.of(limit, cursor))
        .map(MovementResponse::from);
  }
}
