package me.snaq.inventory.subscriber.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.subscriber.DeliveryHistoryService;
import me.snaq.inventory.subscriber.domain.Delivery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/subscribers/{id}/deliveries")
@Tag(name = "Subscribers")
public class DeliveryResource {
  private final DeliveryHistoryService history;
  private final CurrentCaller caller;

  public DeliveryResource(DeliveryHistoryService history, CurrentCaller caller) {
    this.history = history;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listDeliveries",
      summary = "A subscriber's delivery history, newest first (at most 500 rows)",
      description = "Recorded when a box's allocation ships. A partner sees its own brand's boxes.")
  public List<Delivery> list(@PathParam("id") String id) {
    return history.history(caller.get(), id);
  }
}
