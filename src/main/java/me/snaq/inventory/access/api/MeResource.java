package me.snaq.inventory.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the key sent is: what a client (the dashboard, say) may show and offer. */
@Path("/v1/me")
@Tag(name = "Access")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.ASSIGNER})
public class MeResource {
  private final CurrentCaller caller;

  public MeResource(CurrentCaller caller) {
    this.caller = caller;
  }

  /** The caller's key id, role and (for a partner) brand. */
  @Schema(name = "Me")
  public record MeResponse(
      @Schema(description = "The API key's id (the actor in the ledger).") String keyId,
      Role role,
      @Schema(description = "The brand a PARTNER key is confined to; absent for other roles.")
          String brand) {}

  @GET
  @Operation(
      operationId = "getMe",
      summary = "The caller's own key: role and brand",
      description = "Answers every valid key; a partner's brand is the only one it may see.")
  public MeResponse me() {
    Caller who = caller.get();
    return new MeResponse(who.keyId(), who.role(), who.brandScope().orElse(null));
  }
}
